/** The optional note an admin writes for the version history (saves, imports, publishes). */
export function NoteInput({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="text-sm">
      {label}
      <input
        value={value}
        maxLength={500}
        onChange={(e) => onChange(e.target.value)}
        className="mt-1 block w-full rounded border border-slate-300 bg-white px-2 py-1.5 text-sm sm:w-80 dark:border-slate-700 dark:bg-slate-950"
      />
    </label>
  );
}
