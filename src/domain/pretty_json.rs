//! Compact JSON re-indented exactly as serde_json's pretty printer writes it (two spaces,
//! `": "`, empty `[]` and `{}` kept on one line). serde_json's own pretty printer would put a
//! second copy of every plan type's serializer in the browser bundle (about 4 KB gzip); this
//! walks the compact text once instead.

pub fn indent(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() + compact.len() / 2);
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                let close = if c == '{' { '}' } else { ']' };
                out.push(c);
                if chars.peek() == Some(&close) {
                    out.push(close);
                    chars.next();
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(',');
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::indent;

    #[test]
    fn matches_serde_jsons_pretty_printer() {
        let value = serde_json::json!({
            "name": "Plan: \"A\", {b} [c] \\",
            "empty": [], "none": {}, "list": [1, 2.5, null, true, {"a": []}],
            "nested": {"x": {"y": "z,:"}},
        });
        let compact = serde_json::to_string(&value).unwrap();
        assert_eq!(
            indent(&compact),
            serde_json::to_string_pretty(&value).unwrap()
        );
    }
}
