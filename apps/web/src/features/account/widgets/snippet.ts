import { commonAttributes, type WidgetAttribute, type WidgetDefinition } from '@lightbridge/widgets/catalog';

export type AttributeValues = Record<string, string>;

/** The widget's own attributes, then those every widget understands. */
export const attributesOf = (widget: WidgetDefinition): readonly WidgetAttribute[] => [...widget.attributes, ...commonAttributes];

export const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The required attributes left empty. */
export function missingRequired(widget: WidgetDefinition, values: AttributeValues): string[] {
  return attributesOf(widget)
    .filter((a) => a.required && !(values[a.name] ?? '').trim())
    .map((a) => a.name);
}

/** Values for a new choice of widget: the examples of its required attributes, and what the common ones already hold. */
export function initialValues(widget: WidgetDefinition, previous: AttributeValues = {}): AttributeValues {
  const values: AttributeValues = {};
  for (const attribute of widget.attributes) if (attribute.required && attribute.example) values[attribute.name] = attribute.example;
  for (const attribute of commonAttributes) if (previous[attribute.name]) values[attribute.name] = previous[attribute.name] as string;
  return values;
}

/**
 * The snippet to paste into a page: the script (once per page) and the element with its non-empty
 * attributes in catalog order, every value escaped; an enumerated attribute keeps allowed values only.
 */
export function buildSnippet(widget: WidgetDefinition, values: AttributeValues, scriptUrl: string): string {
  const attributes = attributesOf(widget).flatMap((attribute) => {
    const value = (values[attribute.name] ?? '').trim();
    if (!value || (attribute.values && !attribute.values.includes(value))) return [];
    return [`${attribute.name}="${escapeAttribute(value)}"`];
  });
  const open = [widget.tag, ...attributes].join(' ');
  return `<script src="${escapeAttribute(scriptUrl)}" defer></script>\n<${open}></${widget.tag}>`;
}

/** A whole page holding the snippet, for the preview frame. */
export function previewDocument(snippet: string, lang: string, title: string): string {
  return `<!doctype html><html lang="${escapeAttribute(lang)}"><head><meta charset="utf-8"><title>${escapeAttribute(title)}</title><style>body{margin:8px;font-family:system-ui,sans-serif}</style></head><body>${snippet}</body></html>`;
}
