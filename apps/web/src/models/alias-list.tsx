/** The other names an item has gone by; the one a search matched is marked. */
export function AliasList({ aliases, matched }: { readonly aliases: readonly string[]; readonly matched?: string | undefined }) {
  if (aliases.length === 0) return <span className="text-base-dark">None</span>;
  return (
    <ul className="usa-list usa-list--unstyled">
      {aliases.map((alias) => (
        <li key={alias}>{alias === matched ? <mark>{alias}</mark> : alias}</li>
      ))}
    </ul>
  );
}
