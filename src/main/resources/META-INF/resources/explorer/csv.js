// CSV as RFC 4180 writes it, and a text offered as a file the browser downloads.

function field(value) {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines of fields as CSV text, each line ended by CRLF. */
export function csvText(lines) {
  return lines.map((l) => l.map(field).join(',')).join('\r\n') + '\r\n';
}

export function download(text, fileName) {
  const blob = new Blob([text], { type: 'text/csv;charset=utf-8' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
