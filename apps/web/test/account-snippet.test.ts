import { widgetCatalog } from '@lightbridge/widgets/catalog';
import { buildSnippet, initialValues, missingRequired, previewDocument } from '../src/features/account/widgets/snippet';

const members = widgetCatalog.find((w) => w.tag === 'lightbridge-members')!;
const map = widgetCatalog.find((w) => w.tag === 'lightbridge-map')!;
const SCRIPT = 'https://api.example/widgets.js';

describe('widget snippet', () => {
  test('the script, then the element with its filled attributes in catalog order', () => {
    const snippet = buildSnippet(members, { lang: 'fr', cluster: 'photonics-bretagne', 'api-key': 'lb_live_x', 'page-size': '' }, SCRIPT);
    expect(snippet).toBe(
      '<script src="https://api.example/widgets.js" defer></script>\n<lightbridge-members cluster="photonics-bretagne" api-key="lb_live_x" lang="fr"></lightbridge-members>',
    );
  });

  test('values are escaped, so that a value cannot break out of its attribute', () => {
    const snippet = buildSnippet(members, { cluster: '"><img src=x onerror=alert(1)>&' }, SCRIPT);
    expect(snippet).toContain('cluster="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&amp;"');
    expect(snippet).not.toContain('<img');
  });

  test('an enumerated attribute keeps allowed values only', () => {
    expect(buildSnippet(map, { cluster: 'c', theme: 'neon', lang: 'xx' }, SCRIPT)).toContain(
      '<lightbridge-map cluster="c"></lightbridge-map>',
    );
    expect(buildSnippet(map, { cluster: 'c', theme: 'dark' }, SCRIPT)).toContain('theme="dark"');
  });

  test('required attributes start from their examples, and the common ones carry over to another widget', () => {
    expect(initialValues(members)).toEqual({ cluster: 'photonics-bretagne' });
    expect(initialValues(map, { cluster: 'x', 'api-key': 'k', theme: 'dark', 'page-size': '5' })).toEqual({
      cluster: 'photonics-bretagne',
      'api-key': 'k',
      theme: 'dark',
    });
    expect(missingRequired(members, { cluster: '  ' })).toEqual(['cluster']);
    expect(missingRequired(members, { cluster: 'a' })).toEqual([]);
  });

  test('the preview page holds the snippet as it is', () => {
    const snippet = buildSnippet(members, { cluster: 'a' }, SCRIPT);
    const page = previewDocument(snippet, 'de', 'Vorschau <1>');
    expect(page).toContain(`<body>${snippet}</body>`);
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('<title>Vorschau &lt;1&gt;</title>');
  });
});
