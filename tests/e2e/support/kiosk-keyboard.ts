// Moving through the kiosk with the keyboard alone, and watching that every element that gets focus
// shows it. "Shows it" is judged the way a sighted person would notice: how the element, its labels
// and their ::before/::after look (outline, box shadow, colours, border, underline) differs between
// focused and not focused. NHS.UK radios, for one, draw their focus ring on the label's ::before.
import type { ElementHandle, Locator, Page } from '@playwright/test';

/** How an element and its labels look now, as one comparable string. Runs in the page. */
const lookOf = (element: Element): string => {
  // Finish transitions first, so a ring that fades in is compared at its end state.
  for (const animation of document.getAnimations()) animation.finish();
  const properties = [
    'outline-style',
    'outline-width',
    'outline-color',
    'outline-offset',
    'box-shadow',
    'background-color',
    'color',
    'border-top-color',
    'border-bottom-color',
    'border-top-width',
    'border-bottom-width',
    'text-decoration-line',
  ];
  const labels = 'labels' in element ? [...((element as HTMLInputElement).labels ?? [])] : [];
  const parts: string[] = [];
  for (const part of [element, ...labels]) {
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(part, pseudo);
      parts.push(properties.map((property) => style.getPropertyValue(property)).join(' '));
    }
  }
  return parts.join(' / ');
};

const describe = (element: Element): string => element.outerHTML.slice(0, 160);

type Focused = { handle: ElementHandle<Element>; look: string; description: string };

/** Follows focus through Tab presses and collects the elements whose focus could not be seen. */
export const createFocusWatcher = (page: Page) => {
  let previous: Focused | null = null;
  const invisible: string[] = [];
  const visited: string[] = [];

  const current = async (): Promise<Focused | null> => {
    const handle = (await page.evaluateHandle(() => document.activeElement)).asElement();
    if (handle === null) return null;
    const isBody = await handle.evaluate((element) => element === document.body);
    if (isBody) return null;
    return {
      handle: handle as ElementHandle<Element>,
      look: await handle.evaluate(lookOf),
      description: await handle.evaluate(describe),
    };
  };

  return {
    /** Presses Tab (or Shift+Tab) and checks that the element focus left looked different while focused. */
    tab: async (key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> => {
      await page.keyboard.press(key);
      const left = previous;
      previous = await current();
      if (previous !== null) visited.push(previous.description);
      if (left === null) return;
      const isStillThere = await left.handle.evaluate(
        (element) => element.isConnected && element !== document.activeElement,
      );
      if (!isStillThere) return;
      if ((await left.handle.evaluate(lookOf)) === left.look) invisible.push(left.description);
    },
    /** After a key other than Tab (which may change what is checked), look afresh. */
    press: async (key: string): Promise<void> => {
      await page.keyboard.press(key);
      previous = await current();
    },
    /** Whether the focused element is (or is inside) `target`. */
    isAt: (target: Locator): Promise<boolean> =>
      target.evaluate(
        (element) => element === document.activeElement || element.contains(document.activeElement),
      ),
    invisible: () => [...invisible],
    visited: () => [...visited],
  };
};

export type FocusWatcher = ReturnType<typeof createFocusWatcher>;

/** Presses Tab until focus is on (or inside) `target`; throws after `limit` presses. */
export async function tabTo(watcher: FocusWatcher, target: Locator, limit = 40): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    if (await watcher.isAt(target)) return;
    await watcher.tab();
  }
  if (await watcher.isAt(target)) return;
  throw new Error(
    `Tab never reached ${String(target)} in ${limit} presses; focus went through:\n${watcher.visited().slice(-limit).join('\n')}`,
  );
}
