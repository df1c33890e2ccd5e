/**
 * A label broken into lines of at most `max` characters at spaces (a word longer than a line
 * keeps its own line). Chart text in SVG does not wrap, and a label must fit a phone's width.
 */
export function wrapLabel(text: string, max = 44): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line === "") line = word;
    else if (line.length + 1 + word.length <= max) line = `${line} ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== "") lines.push(line);
  return lines;
}
