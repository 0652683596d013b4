/**
 * When the outbox is drained in the Worker: right after a request that
 * enqueued a message (`deliverSoon(c)`, then `waitUntil` once the answer
 * is out), and on the frequent cron for retries and anything a request's
 * drain left. Sending goes through Cloudflare's `send_email` binding.
 */
import { createMiddleware } from 'hono/factory';
import { mailSender } from '../config.ts';
import type { Env } from '../env.ts';
import type { Feature } from '../lib/feature.ts';
import { type DrainReport, drainOutbox, type Mailer } from './drain.ts';
import type { MessageTemplate } from './render.ts';

declare module 'hono' {
  interface ContextVariableMap {
    /** Set by `deliverSoon`: this request enqueued e-mail. */
    outboxQueued: true;
  }
}

/** A drain after a request stops claiming after this long: `waitUntil` work has 30 seconds. */
const AFTER_REQUEST_BUDGET_MS = 20_000;
/** A cron drain's budget: short, as the next run is minutes away and takes over what is left. */
export const CRON_BUDGET_MS = 25_000;

const registries = new WeakMap<readonly Feature[], ReadonlyMap<string, MessageTemplate>>();

/**
 * Every feature's message templates, by kind; a kind declared twice is a
 * programming error and throws.
 *
 * @example
 * messageTemplates(FEATURES).get('contribution_published');
 */
export function messageTemplates(features: readonly Feature[]): ReadonlyMap<string, MessageTemplate> {
  let registry = registries.get(features);
  if (!registry) {
    const templates = new Map<string, MessageTemplate>();
    for (const template of features.flatMap((feature) => feature.messages ?? [])) {
      if (templates.has(template.kind)) throw new Error(`two templates render ${template.kind} messages`);
      templates.set(template.kind, template);
    }
    registry = templates;
    registries.set(features, registry);
  }
  return registry;
}

/**
 * The `send_email` binding as a Mailer: the message as fields (Email
 * Service builds the MIME, with its own Message-ID and Date).
 *
 * @example
 * const mailer = bindingMailer(env.EMAIL);
 */
export function bindingMailer(binding: SendEmail): Mailer {
  return {
    async send(message) {
      const { email, name } = message.from;
      const { messageId } = await binding.send({
        from: name ? { email, name } : email,
        to: message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
        headers: message.headers,
        attachments: message.attachments.length
          ? message.attachments.map((attachment) => ({ disposition: 'attachment' as const, ...attachment }))
          : undefined,
      });
      return { messageId: typeof messageId === 'string' ? messageId : null };
    },
  };
}

/**
 * Drains the outbox with the Worker's binding and MAIL_FROM; null (nothing
 * claimed) while sending is off: no EMAIL binding or an empty MAIL_FROM.
 *
 * @example
 * await deliverDue(env, messageTemplates(FEATURES), new Date(controller.scheduledTime), CRON_BUDGET_MS);
 */
export async function deliverDue(
  env: Env,
  templates: ReadonlyMap<string, MessageTemplate>,
  now: Date,
  budgetMs: number,
): Promise<DrainReport | null> {
  const from = mailSender(env);
  if (!from || !env.EMAIL) return null;
  return drainOutbox(env.DB, { mailer: bindingMailer(env.EMAIL), from, templates, now, budgetMs });
}

/**
 * Asks for the outbox to be drained once this request is answered: call it
 * after a batch that enqueued a message.
 *
 * @example
 * const { applied, queued } = await applyDecision(c.get('db'), decision);
 * if (queued) deliverSoon(c);
 */
export function deliverSoon(c: { set(key: 'outboxQueued', value: true): void }): void {
  c.set('outboxQueued', true);
}

/**
 * The middleware that drains after a request that called `deliverSoon`,
 * with `waitUntil`: the answer does not wait for the mail.
 *
 * @example
 * app.use('/api/*', outboxDelivery(() => FEATURES));
 */
export function outboxDelivery(features: () => readonly Feature[]) {
  return createMiddleware<{ Bindings: Env }>(async (c, next) => {
    await next();
    if (!c.get('outboxQueued')) return;
    c.executionCtx.waitUntil(
      deliverDue(c.env, messageTemplates(features()), new Date(), AFTER_REQUEST_BUDGET_MS).catch(
        (error: unknown) => {
          console.error('outbox: delivery after the request failed:', error);
        },
      ),
    );
  });
}
