import './toggle-group.css';

/**
 * A labelled row of pressed/unpressed buttons choosing one value (language, view).
 * An option with a `short` label shows it instead on a phone, keeping `label`
 * as the button's accessible name.
 */
export function ToggleGroup<T extends string>({
  label,
  className,
  options,
  value,
  onChange,
}: {
  label: string;
  className: string;
  options: readonly { value: T; label: string; short?: string; lang?: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div className={className} role="group" aria-label={label}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          lang={option.lang}
          aria-pressed={option.value === value}
          onClick={() => onChange(option.value)}
        >
          {option.short === undefined ? (
            option.label
          ) : (
            <>
              <span className="toggle-group__full">{option.label}</span>
              <span className="toggle-group__short" aria-hidden="true">
                {option.short}
              </span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
