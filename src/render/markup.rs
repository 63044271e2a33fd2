//! Text made safe for HTML and SVG markup, for the page ([`super::html`]) and its
//! charts ([`super::chart`]).
//!
//! Part of `render`: imports nothing.

/// `text` with the characters that mean something in HTML escaped: safe in element
/// content and in quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_covers_markup_and_both_quotes() {
        assert_eq!(
            escape(r#"<script>alert("1")</script> & l'été"#),
            "&lt;script&gt;alert(&quot;1&quot;)&lt;/script&gt; &amp; l&#39;été"
        );
        assert_eq!(escape("S2 — ok"), "S2 — ok");
    }
}
