import type { HandoffEvent } from '@helpline-handoff/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { IN_HOURS, zonedInstant } from '../support/time.ts';
import { ReportDialog } from './ReportDialog.tsx';

interface Args {
  action: 'call' | 'link';
  parisTime: string;
  canDial: boolean;
  onEvent: (event: HandoffEvent) => void;
}

const meta = {
  title: 'Flows/Report dialog',
  args: { action: 'call', parisTime: IN_HOURS, canDial: true, onEvent: fn() },
  argTypes: {
    action: {
      description: "The platform's policy: 'call' (Instagram) or 'link' (TikTok).",
      control: 'inline-radio',
      options: ['call', 'link'],
    },
    parisTime: {
      name: 'Paris time',
      description: 'The instant the hand-off is decided for, in Paris time (YYYY-MM-DDTHH:MM).',
      control: 'text',
    },
    canDial: { description: 'Whether this device places calls (false on a desktop).', control: 'boolean' },
    onEvent: { description: 'What the platform hears: `{ type, kind, reason, helplineId }`.' },
  },
  // Ripple has its own light look; the theme toolbar does not apply to this demo.
  globals: { theme: 'light', dir: 'ltr' },
  parameters: {
    hostCaption: false,
    docs: {
      description: {
        component:
          'The hand-off where it lives: the report dialog of "Ripple", a fictional platform. Choose what happens, say who is targeted, optionally describe, submit. ' +
          'Focus then moves to the "Signalement envoyé" heading (a screen reader reads it, then the hand-off below); the hand-off also announces its title and body in a polite live region. ' +
          'Only the category and the role reach the hand-off: the description never leaves the dialog.',
      },
    },
  },
  render: ({ parisTime, ...args }) => <ReportDialog {...args} now={zonedInstant(parisTime)} />,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Opens the dialog, reports harassment (as the victim unless `witness`), and submits. */
async function reportHarassment(canvasElement: HTMLElement, { witness = false } = {}) {
  const canvas = within(canvasElement);
  await userEvent.click(canvas.getByRole('button', { name: 'Signaler la publication' }));
  const dialog = await canvas.findByRole('dialog', { name: 'Signaler la publication' });
  const form = within(dialog);
  await userEvent.click(form.getByRole('radio', { name: 'Harcèlement ou intimidation' }));
  if (witness) await userEvent.click(form.getByRole('radio', { name: "Quelqu'un d'autre" }));
  await userEvent.type(form.getByRole('textbox', { name: /décrivez ce qui se passe/i }), 'Des messages insultants tous les jours.');
  await userEvent.click(form.getByRole('button', { name: 'Envoyer le signalement' }));
  const sent = await canvas.findByRole('dialog', { name: 'Signalement envoyé' });
  // Focus lands on the confirmation heading, the first thing a screen reader then reads.
  await waitFor(() => expect(within(sent).getByRole('heading', { name: 'Signalement envoyé', level: 2 })).toHaveFocus());
  return within(sent);
}

export const InstagramStyleCall: Story = {
  name: 'Instagram-style (call)',
  play: async ({ canvasElement, args }) => {
    const sent = await reportHarassment(canvasElement);
    const handoff = sent.getByRole('region', { name: "Besoin d'en parler ?" });
    await expect(sent.getByRole('link', { name: 'Appeler le 3018' })).toHaveAttribute('href', 'tel:3018');
    // The polite announcement: title and body, said once after the confirmation heading.
    const live = handoff.querySelector('[aria-live="polite"]');
    await waitFor(() => expect(live).toHaveTextContent(/Besoin d'en parler \? Vous n'êtes pas seul/));
    // Only the documented fields: nothing of the report, nothing of the person.
    await expect(args.onEvent).toHaveBeenCalledWith({ type: 'shown', kind: 'call', reason: 'open', helplineId: '3018' });
  },
};

export const TikTokStyleLink: Story = {
  name: 'TikTok-style (link)',
  args: { action: 'link' },
  play: async ({ canvasElement, args }) => {
    const sent = await reportHarassment(canvasElement);
    await expect(sent.getByRole('link', { name: 'Aller sur le site du 3018' })).toHaveAttribute(
      'href',
      'https://e-enfance.org/numero-3018/',
    );
    await expect(args.onEvent).toHaveBeenCalledWith({ type: 'shown', kind: 'link', reason: 'policy-link', helplineId: '3018' });
  },
};

export const WitnessAtNight: Story = {
  name: 'Witness, at night',
  args: { parisTime: '2026-03-10T23:30' },
  play: async ({ canvasElement }) => {
    const sent = await reportHarassment(canvasElement, { witness: true });
    await expect(sent.getByText(/si ce que vous avez vu/i, { selector: '.hh-body' })).toBeVisible();
    await expect(sent.getByText(/rouvre demain à 9 h/)).toBeVisible();
    await expect(sent.getByRole('link', { name: 'Aller sur le site du 3018' })).toHaveAttribute(
      'href',
      'https://e-enfance.org/numero-3018/',
    );
  },
};

export const SpamNoHandoff: Story = {
  name: 'Spam report (no hand-off)',
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Signaler la publication' }));
    const form = within(await canvas.findByRole('dialog'));
    // Submitting without a choice: an error, said at once, and focus back on the choices.
    await userEvent.click(form.getByRole('button', { name: 'Envoyer le signalement' }));
    await expect(form.getByRole('alert')).toHaveTextContent(/choisissez ce qui se passe/i);
    await expect(form.getByRole('radio', { name: 'Harcèlement ou intimidation' })).toHaveFocus();
    await userEvent.click(form.getByRole('radio', { name: 'Spam ou arnaque' }));
    await userEvent.click(form.getByRole('button', { name: 'Envoyer le signalement' }));
    const sent = within(await canvas.findByRole('dialog', { name: 'Signalement envoyé' }));
    await expect(sent.queryByRole('region')).toBeNull();
    await expect(args.onEvent).not.toHaveBeenCalled();
  },
};
