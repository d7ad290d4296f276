import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

/** Lets pending promise chains (mocked background answers) finish and Preact re-render. */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn++) {
    await act(async () => {
      await Promise.resolve();
    });
  }
}

/** Renders a component into a fresh container in the document and waits for its first data. */
export async function mount(node: ComponentChild): Promise<HTMLElement> {
  document.body.innerHTML = '';
  const container = document.createElement('div');
  document.body.append(container);
  await act(() => {
    render(node, container);
  });
  await settle();
  return container;
}

export function unmountAll(): void {
  for (const child of [...document.body.children]) render(null, child);
  document.body.innerHTML = '';
}

/** Clicks an element as a user would and waits for what follows. */
export async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  await act(() => element.click());
  await settle();
}

/** The first button whose visible text contains `text`. */
export function buttonByText(root: ParentNode, text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((button) => button.textContent?.includes(text));
}
