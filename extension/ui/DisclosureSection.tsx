import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';

interface DisclosureSectionProps {
  /** Prefix for the heading's and body's ids; unique on the page. */
  id: string;
  title: string;
  /** Shown after the title, so a collapsed section still says how much it holds. */
  count?: number;
  defaultOpen?: boolean;
  children: ComponentChildren;
}

/**
 * A titled region that can be collapsed (the WAI-ARIA disclosure pattern): the heading holds
 * a button whose `aria-expanded` and `aria-controls` describe the body it shows or hides.
 */
export function DisclosureSection({ id, title, count, defaultOpen = true, children }: DisclosureSectionProps) {
  const [open, setOpen] = useState(defaultOpen);
  // A section that starts collapsed builds its body when first opened, not with the page
  // (the sidebar's sources: some 600 elements nobody may look at); once built it stays, so
  // closing and reopening keeps what the reader had chosen inside.
  const built = useRef(defaultOpen);
  if (open) built.current = true;
  const headingId = `${id}-heading`;
  const bodyId = `${id}-body`;
  return (
    <section class="disclosure" aria-labelledby={headingId}>
      <h2 class="disclosure__heading" id={headingId}>
        <button
          type="button"
          class="disclosure__toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen((current) => !current)}
        >
          <span class="disclosure__icon" aria-hidden="true">
            {open ? '\u25BE' : '\u25B8'}
          </span>
          <span>{title}</span>
          {count !== undefined && <span class="disclosure__count">{` (${count})`}</span>}
        </button>
      </h2>
      <div class="disclosure__body" id={bodyId} hidden={!open}>
        {built.current && children}
      </div>
    </section>
  );
}
