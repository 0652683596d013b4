/**
 * The React example's entry. An app that bundles the kit imports it once
 * (which defines the elements) and says where the API is: the bundle is
 * served by the app, so the kit cannot find the Worker beside its own script.
 * `SIP_API` is set by the build (scripts/build.ts), as an app's bundler would
 * from its environment (with Vite: `import.meta.env.VITE_SIP_API`).
 */
import { configure } from '@smart-coop/sip-kit';
import type {} from '@smart-coop/sip-kit/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';

configure({ api: SIP_API });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
