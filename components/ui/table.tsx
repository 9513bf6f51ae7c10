// The portal's tables: a horizontally scrollable frame, a grey header row, divided body rows.

export function Table({ minWidth = 640, children }: { minWidth?: number; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" style={{ minWidth }}>
        {children}
      </table>
    </div>
  );
}

/** Header row from column titles; `className` per column sets width or alignment. */
export function TableHead({ columns }: { columns: (string | [string, string])[] }) {
  return (
    <thead className="bg-slate-50 text-xs uppercase tracking-wide text-slate-600">
      <tr>
        {columns.map((c) => {
          const [label, cls] = typeof c === "string" ? [c, ""] : c;
          return (
            <th key={label} scope="col" className={`px-3 py-2 font-semibold sm:px-4 ${cls}`}>
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}

export function TableBody({ children }: { children: React.ReactNode }) {
  return <tbody className="divide-y divide-slate-100">{children}</tbody>;
}

export function Td({ children, className = "" }: { children?: React.ReactNode; className?: string }) {
  return <td className={`px-3 py-2.5 sm:px-4 ${className}`}>{children}</td>;
}
