import { type DecideInput, decide } from '@helpline-handoff/core';
import type { ReactElement } from 'react';
import { zonedInstant } from '../support/time.ts';

const OPEN = zonedInstant('2026-03-10T14:00');
const NIGHT = zonedInstant('2026-03-10T23:30');

/** One case per rule of DESIGN.md, first match wins, decided live by the built core. */
const CASES: { rule: string; when: string; input: DecideInput }[] = [
  {
    rule: '1',
    when: 'configuration invalid (an http website)',
    input: {
      now: OPEN,
      helpline: { id: 'x', name: 'X', callableFrom: [], website: 'http://example.org', schedule: { timeZone: 'Europe/Paris', weekly: [] } },
    },
  },
  { rule: '2', when: "category not covered ('spam')", input: { now: OPEN, report: { category: 'spam' } } },
  {
    rule: '2',
    when: "role not covered (roles: ['victim'], a witness)",
    input: { now: OPEN, report: { category: 'harassment', role: 'witness' }, policy: { roles: ['victim'] } },
  },
  {
    rule: '3',
    when: "policy.action 'link' (TikTok)",
    input: { now: OPEN, report: { category: 'harassment' }, policy: { action: 'link' } },
  },
  { rule: '4', when: "reporter abroad (country 'BE')", input: { now: OPEN, report: { category: 'harassment', country: 'BE' } } },
  {
    rule: '5',
    when: 'helpline without a phone',
    input: {
      now: OPEN,
      helpline: {
        id: 'web',
        name: 'Web only',
        callableFrom: [],
        website: 'https://example.org/',
        schedule: { timeZone: 'Europe/Paris', weekly: [] },
      },
    },
  },
  { rule: '6', when: "line closed, whenClosed 'link' (23:30)", input: { now: NIGHT, report: { category: 'harassment' } } },
  {
    rule: '6',
    when: "line closed, whenClosed 'hide' (23:30)",
    input: { now: NIGHT, report: { category: 'harassment' }, policy: { whenClosed: 'hide' } },
  },
  { rule: '7', when: 'device cannot dial (desktop)', input: { now: OPEN, report: { category: 'harassment' }, device: { canDial: false } } },
  { rule: '8', when: 'otherwise: open, can dial (14:00)', input: { now: OPEN, report: { category: 'harassment' } } },
];

/** The decision table, computed: what `decide()` returns for one case of each rule. */
export function DecisionMatrix(): ReactElement {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Rule</th>
          <th scope="col">When</th>
          <th scope="col">kind</th>
          <th scope="col">reason</th>
          <th scope="col">href</th>
          <th scope="col">number shown</th>
        </tr>
      </thead>
      <tbody>
        {CASES.map(({ rule, when, input }) => {
          const decision = decide(input);
          return (
            <tr key={when}>
              <td>{rule}</td>
              <td>{when}</td>
              <td>
                <code>{decision.kind}</code>
              </td>
              <td>
                <code>{decision.reason}</code>
              </td>
              <td>{decision.kind === 'none' ? '-' : <code>{decision.href}</code>}</td>
              <td>{decision.kind !== 'none' && decision.number ? decision.number : '-'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
