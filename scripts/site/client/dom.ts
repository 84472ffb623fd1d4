/** A DOM element with attributes and children; strings become text nodes, never HTML. */
export function el(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string | null | undefined | false)[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
  return element;
}

/** The JSON the generator embedded in this page, if any. */
export function pageData<T>(): T | undefined {
  const script = document.getElementById('page-data');
  return script?.textContent ? (JSON.parse(script.textContent) as T) : undefined;
}
