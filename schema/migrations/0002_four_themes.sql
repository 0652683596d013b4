-- The four themes put to debate before the general assembly.
INSERT INTO themes (slug, position, title, summary) VALUES
('cooperative-pour-qui', 1,
 json_object('fr', 'Être une coopérative : pour qui et avec qui ?', 'nl', 'Een coöperatie zijn: voor wie en met wie?', 'en', 'Being a cooperative: for whom and with whom?'),
 json_object('fr', 'Les publics auxquels le futur Smart devra s''adresser et le statut des travailleurs autonomes.', 'nl', 'Tot welk publiek de toekomstige Smart zich moet richten en het statuut van zelfstandige werkers.', 'en', 'Who the future Smart should serve, and the status of autonomous workers.')),
('modele-economique', 2,
 json_object('fr', 'Mutualiste, redistributif, solidaire : un modèle économique viable ?', 'nl', 'Mutualistisch, herverdelend, solidair: een leefbaar economisch model?', 'en', 'Mutualist, redistributive, solidarity-based: a viable economic model?'),
 json_object('fr', 'Consolider le modèle solidaire et la contribution proportionnelle au chiffre d''affaires (8,5 %).', 'nl', 'Het solidaire model en de evenredige bijdrage op de omzet (8,5 %) versterken.', 'en', 'Strengthening the solidarity model and the proportional contribution on turnover (8.5 %).')),
('creer-son-activite', 3,
 json_object('fr', 'Créer et développer son activité : comment ? Avec quels outils ?', 'nl', 'Je activiteit opstarten en uitbouwen: hoe? Met welke tools?', 'en', 'Creating and growing one''s activity: how, with which tools?'),
 json_object('fr', 'Les outils en ligne que Smart devrait développer ou améliorer.', 'nl', 'De onlinetools die Smart zou moeten ontwikkelen of verbeteren.', 'en', 'The online tools Smart should build or improve.')),
('entreprise-partagee', 4,
 json_object('fr', 'Une entreprise partagée et participative, est-ce bien réaliste ?', 'nl', 'Een gedeelde en participatieve onderneming: is dat wel realistisch?', 'en', 'A shared, participatory enterprise: is it realistic?'),
 json_object('fr', 'La gouvernance et la démocratie participative au sein du futur Smart.', 'nl', 'Bestuur en participatieve democratie binnen de toekomstige Smart.', 'en', 'Governance and participatory democracy in the future Smart.'));
