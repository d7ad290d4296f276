interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
  /** Id of text that explains the switch further. */
  describedBy?: string;
}

/** An on/off setting: a button with the `switch` role, named by its visible label. */
export function Switch({ label, checked, disabled, onChange, describedBy }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={checked}
      aria-describedby={describedBy}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="switch__label">{label}</span>
      <span class="switch__track" aria-hidden="true">
        <span class="switch__thumb" />
      </span>
    </button>
  );
}
