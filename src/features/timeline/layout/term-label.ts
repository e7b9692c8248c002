/**
 * A leader's band shows the full name where it fits, the surname where only
 * that fits, and nothing (the band still names its leader on hover) where
 * neither does. Bands of one country never overlap, so neither do their labels.
 */
export type TermLabelForm = 'full' | 'short' | 'none';

export function termLabelForm(
  visibleWidth: number,
  fullWidth: number,
  shortWidth: number,
  padding: number,
): TermLabelForm {
  if (fullWidth + padding <= visibleWidth) return 'full';
  if (shortWidth + padding <= visibleWidth) return 'short';
  return 'none';
}
