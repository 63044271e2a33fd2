//! Better places for three YAML faults whose parser location is not where the user
//! must look: a missing key (reported at its mapping's end), a tab (reported near it),
//! and a bracket left open (noticed lines later).

use crate::model::Pos;

fn indent(line: &str) -> usize {
    line.chars().take_while(|c| *c == ' ').count()
}

fn is_blank_or_comment(line: &str) -> bool {
    let trimmed = line.trim();
    trimmed.is_empty() || trimmed.starts_with('#')
}

/// The first key of the block mapping whose key at `pos` serde-saphyr reported: the
/// line of the `- ` item or of the first key at the same indentation.
pub fn mapping_start(text: &str, pos: Pos) -> Pos {
    let lines: Vec<&str> = text.lines().collect();
    let column = pos.column as usize;
    let Some(first) = lines.get((pos.line as usize).saturating_sub(1)) else {
        return pos;
    };
    if column == 0 || indent(first) + 1 != column && !first.trim_start().starts_with("- ") {
        return pos;
    }
    let mut start = pos.line as usize;
    for number in (1..=pos.line as usize).rev() {
        let line = lines[number - 1];
        if is_blank_or_comment(line) {
            continue;
        }
        let spaces = indent(line);
        let item = line[spaces..].starts_with("- ") && spaces + 3 == column;
        if item {
            start = number;
            break;
        }
        if spaces + 1 == column {
            start = number;
        } else if spaces + 1 < column {
            break;
        }
    }
    let key_len = lines[start - 1]
        .chars()
        .skip(column - 1)
        .take_while(|c| *c != ':')
        .count();
    Pos::new(start as u32, column as u32, key_len.max(1) as u32)
}

/// The `---` line that starts the document reported at `pos` (or `pos` itself).
pub fn document_start(text: &str, pos: Pos) -> Pos {
    text.lines()
        .enumerate()
        .take(pos.line as usize)
        .filter(|(_, line)| line.starts_with("---"))
        .last()
        .map_or(pos, |(i, _)| Pos::new(i as u32 + 1, 1, 3))
}

/// The first tab used for indentation on the line of `pos`, the line before or after.
pub fn first_tab(text: &str, pos: Pos) -> Pos {
    let from = (pos.line as usize).saturating_sub(2);
    text.lines()
        .enumerate()
        .skip(from)
        .take(3)
        .find_map(|(i, line)| {
            let leading: String = line.chars().take_while(|c| c.is_whitespace()).collect();
            leading
                .chars()
                .position(|c| c == '\t')
                .map(|column| Pos::new(i as u32 + 1, column as u32 + 1, 1))
        })
        .unwrap_or(pos)
}

/// The innermost `[` or `{` opened on a line before `pos` and still open there.
pub fn unclosed_bracket(text: &str, pos: Pos) -> Option<Pos> {
    let mut open: Vec<Pos> = Vec::new();
    for (i, line) in text.lines().enumerate().take(pos.line as usize) {
        let line_number = i as u32 + 1;
        let mut quote: Option<char> = None;
        // The last significant character: a `[`, `{` or quote starts a flow value only
        // after one of these (or at the start of a line).
        let mut previous: Option<char> = None;
        let mut last_raw: Option<char> = None;
        let mut chars = line.chars().enumerate().peekable();
        while let Some((column, c)) = chars.next() {
            let after_space = last_raw.is_none_or(char::is_whitespace);
            last_raw = Some(c);
            if line_number == pos.line && column as u32 + 1 >= pos.column {
                break;
            }
            match quote {
                Some('\'') if c == '\'' => {
                    if chars.peek().is_some_and(|(_, n)| *n == '\'') {
                        chars.next();
                    } else {
                        quote = None;
                    }
                }
                Some('"') if c == '\\' => {
                    chars.next();
                }
                Some('"') if c == '"' => quote = None,
                Some(_) => {}
                None => {
                    let starts_value =
                        previous.is_none_or(|p| matches!(p, ':' | '-' | '[' | '{' | ','));
                    match c {
                        '#' if after_space => break,
                        '\'' | '"' if starts_value || !open.is_empty() => quote = Some(c),
                        '[' | '{' if starts_value || !open.is_empty() => {
                            open.push(Pos::new(line_number, column as u32 + 1, 1));
                        }
                        ']' | '}' if !open.is_empty() => {
                            open.pop();
                        }
                        _ => {}
                    }
                    if !c.is_whitespace() {
                        previous = Some(c);
                    }
                }
            }
        }
    }
    open.pop().filter(|bracket| bracket.line < pos.line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_start_of_a_list_item() {
        let text = "items:\n  - id: a\n    label: x\n    baseline: 2\n";
        assert_eq!(mapping_start(text, Pos::new(4, 5, 8)), Pos::new(2, 5, 2));
    }

    #[test]
    fn mapping_start_of_the_top_level() {
        let text = "# comment\nid: a\nyear: 2023\nsectors:\n  - id: S1\n";
        assert_eq!(mapping_start(text, Pos::new(4, 1, 7)), Pos::new(2, 1, 2));
    }

    #[test]
    fn mapping_start_of_a_nested_mapping() {
        let text = "a:\n  shares:\n    results: x\n    other: y\n";
        assert_eq!(mapping_start(text, Pos::new(4, 5, 5)), Pos::new(3, 5, 7));
    }

    #[test]
    fn document_start_is_the_separator() {
        let text = "a: 1\n---\nb: 2\n";
        assert_eq!(document_start(text, Pos::new(3, 1, 1)), Pos::new(2, 1, 3));
        assert_eq!(
            document_start("a: 1\n", Pos::new(1, 2, 1)),
            Pos::new(1, 2, 1)
        );
    }

    #[test]
    fn tab_is_found_near_the_report() {
        let text = "a:\n  - b\n\t- c\n";
        assert_eq!(first_tab(text, Pos::new(2, 5, 1)), Pos::new(3, 1, 1));
    }

    #[test]
    fn bracket_left_open() {
        let text = "title: [Assurer la présence\nresults:\n  - x\n";
        assert_eq!(
            unclosed_bracket(text, Pos::new(2, 8, 1)),
            Some(Pos::new(1, 8, 1))
        );
        let closed = "title: [a, b]\nlabel: Nombre d'heures [sic\nx: y\n";
        assert_eq!(unclosed_bracket(closed, Pos::new(3, 2, 1)), None);
        let quoted = "a: \"[x\"\nb: '{'\nc: d\n";
        assert_eq!(unclosed_bracket(quoted, Pos::new(3, 2, 1)), None);
    }
}
