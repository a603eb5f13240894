import axe from 'axe-core';
import { afterEach, expect, it } from 'vitest';
import '../../src/ui/styles/theme.css';
import { createChartsPanel, type ChartsPanel } from '../../src/charts';
import { THEMES } from '../../src/content/themes';
import { inputFor } from './fixtures';

/** axe-core with every WCAG 2.0–2.2 A and AA rule (as the shell's e2e test), on the charts in each theme. */
let panel: ChartsPanel | undefined;
afterEach(() => {
  panel?.destroy();
  document.body.replaceChildren();
  delete document.documentElement.dataset['theme'];
});

for (const theme of THEMES)
  it(`has no axe violations in the ${theme} theme, as charts and as tables`, async () => {
    document.documentElement.dataset['theme'] = theme;
    document.documentElement.lang = 'en';
    const host = document.createElement('main');
    host.style.background = 'var(--color-surface)';
    document.body.append(host);
    panel = createChartsPanel('all');
    panel.mount(host);
    panel.resize(900, 700);
    panel.setResults(
      inputFor('oih-escalation', 'OIH escalation'),
      inputFor('tolerance-only', 'Tolerance only'),
    );
    panel.update({ tDays: 84 });
    const run = async () => {
      const result = await axe.run(host, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
      });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await run()).toEqual([]);
    for (const chart of Object.values(panel.charts)) chart.toggleTable(true);
    expect(await run()).toEqual([]);
    panel.setLayout('tabs');
    expect(await run()).toEqual([]);
  });
