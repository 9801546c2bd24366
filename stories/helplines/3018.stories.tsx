import { HELPLINE_3018 } from '@helpline-handoff/core';
import { HelplineHandoff } from '@helpline-handoff/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { IN_HOURS, zonedInstant } from '../support/time.ts';
import { Facts } from './Facts.tsx';

interface Args {
  parisTime: string;
  locale: string;
}

const meta = {
  title: 'Helplines/3018 (France)',
  tags: ['autodocs'],
  args: { parisTime: IN_HOURS, locale: 'fr' },
  argTypes: {
    parisTime: { name: 'Paris time', description: 'Wall-clock time in Paris (YYYY-MM-DDTHH:MM).', control: 'text' },
    locale: { control: 'select', options: ['fr', 'en'] },
  },
  render: ({ parisTime, locale }) => {
    const now = zonedInstant(parisTime);
    return (
      <div className="sb-workbench">
        <HelplineHandoff now={now} locale={locale} />
        <Facts helpline={HELPLINE_3018} now={now} locale={locale} />
      </div>
    );
  },
  parameters: {
    docs: {
      description: {
        component:
          'The built-in `HELPLINE_3018`: run by e-Enfance, free, anonymous and confidential, every day 09:00-23:00 Paris time (since February 2023), callable from France only ' +
          '(whether it works from overseas France is not established: platforms that know can add regions). Facts and sources: shared/HELPLINES.md. ' +
          'Without a `report`, the host has chosen to show the hand-off, so it is covered.',
      },
    },
  },
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Facts3018: Story = {
  name: 'Facts, while open',
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Tous les jours de 9 h à 23 h', { selector: 'dd' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Appeler le 3018' })).toHaveAttribute('href', 'tel:3018');
  },
};

export const LastMinute: Story = {
  name: 'Open at 22:59',
  args: { parisTime: '2026-03-10T22:59' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText("Ouvert jusqu'à 23 h")).toBeVisible();
  },
};

export const AutumnDstMorning: Story = {
  name: 'Closed on the autumn DST night',
  args: { parisTime: '2026-10-25T02:30' },
  parameters: {
    docs: {
      description: { story: 'Sunday 25 October 2026, 02:30, in the hour that happens twice: closed, reopens at 9 h, in a 25-hour day.' },
    },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(/rouvre aujourd'hui à 9 h/)).toBeVisible();
  },
};
