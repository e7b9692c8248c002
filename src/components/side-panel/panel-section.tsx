import type { ReactNode } from 'react';

/** A titled part of a details panel, labelled by its heading for screen readers. */
export function PanelSection({
  id,
  title,
  children,
}: {
  id: string;
  title: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="panel__section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}
