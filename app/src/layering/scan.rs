//! Reads one source file into the top-level modules its code names through `crate::`.
//!
//! Comments (doc comments too) and string literals are dropped, except a string that is
//! nothing but a `crate::` path (serde's `deserialize_with = "crate::paging::lenient"`), which
//! is code in disguise. Items behind `#[cfg(test)]` or `#[cfg(all(test, …))]` are skipped: a
//! test may reach anywhere. `super::` paths are not followed.

/// One token of Rust source, reduced to what a path needs.
#[derive(Clone, Debug, PartialEq)]
enum Token {
    Word(String),
    Punct(char),
}

/// The top-level modules named by `crate::x` in `source`, in order, repeats included.
pub fn crate_references(source: &str) -> Vec<String> {
    let tokens = skip_test_items(&lex(source));
    let crate_path = [word("crate"), Token::Punct(':'), Token::Punct(':')];
    let mut found = Vec::new();
    let mut i = 0;
    while i + 3 < tokens.len() {
        if tokens[i..].starts_with(&crate_path) {
            match &tokens[i + 3] {
                Token::Word(module) => found.push(module.clone()),
                Token::Punct('{') => found.extend(group_heads(&tokens[i + 3..])),
                Token::Punct(_) => {}
            }
        }
        i += 1;
    }
    found
}

fn word(text: &str) -> Token {
    Token::Word(text.to_owned())
}

/// The first word of each item of a `{a::b, c, d::{e, f}}` group, starting at its `{`.
fn group_heads(tokens: &[Token]) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut at_item_start = false;
    for token in tokens {
        match token {
            Token::Punct('{') => {
                depth += 1;
                at_item_start = depth == 1;
            }
            Token::Punct('}') if depth == 1 => break,
            Token::Punct('}') => depth -= 1,
            Token::Punct(',') => at_item_start = depth == 1,
            Token::Word(name) if at_item_start => {
                heads.push(name.clone());
                at_item_start = false;
            }
            _ => at_item_start = false,
        }
    }
    heads
}

/// The tokens without the item that follows each `#[cfg(test)]`-like attribute.
fn skip_test_items(tokens: &[Token]) -> Vec<Token> {
    let mut kept = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if is_cfg_test(&tokens[i..]) {
            i += item_length(&tokens[i..]);
        } else {
            kept.push(tokens[i].clone());
            i += 1;
        }
    }
    kept
}

fn is_cfg_test(tokens: &[Token]) -> bool {
    let start = [
        Token::Punct('#'),
        Token::Punct('['),
        word("cfg"),
        Token::Punct('('),
    ];
    let test_alone = [word("test"), Token::Punct(')')];
    let test_first = [word("all"), Token::Punct('('), word("test")];
    tokens.starts_with(&start)
        && (tokens[4..].starts_with(&test_alone) || tokens[4..].starts_with(&test_first))
}

/// How many tokens the attributes and the item at the start of `tokens` span: up to a `;` or
/// `,` outside brackets, to the `}` that closes the item's first block, or to the `}` that
/// closes what holds the item.
fn item_length(tokens: &[Token]) -> usize {
    let mut depth = 0i32;
    let mut in_block = false;
    for (i, token) in tokens.iter().enumerate() {
        match token {
            Token::Punct('(' | '[') => depth += 1,
            Token::Punct(')' | ']') => depth -= 1,
            Token::Punct('{') => {
                depth += 1;
                in_block = true;
            }
            Token::Punct('}') if depth == 0 => return i,
            Token::Punct('}') => {
                depth -= 1;
                if depth == 0 && in_block {
                    return i + 1;
                }
            }
            Token::Punct(';' | ',') if depth == 0 => return i + 1,
            _ => {}
        }
    }
    tokens.len()
}

/// Splits `source` into words and punctuation, without comments and string contents.
fn lex(source: &str) -> Vec<Token> {
    let chars: Vec<char> = source.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let rest = &chars[i..];
        if rest.starts_with(&['/', '/']) {
            i += rest.iter().position(|&c| c == '\n').unwrap_or(rest.len());
        } else if rest.starts_with(&['/', '*']) {
            i += block_comment_length(rest);
        } else if c == '"' {
            i += string(rest, 0, &mut tokens);
        } else if c == '\'' {
            i += char_literal_length(rest);
        } else if is_word_char(c) {
            let length = rest.iter().take_while(|&&c| is_word_char(c)).count();
            let text: String = rest[..length].iter().collect();
            i += length + word_or_literal(text, &rest[length..], &mut tokens);
        } else {
            if !c.is_whitespace() {
                tokens.push(Token::Punct(c));
            }
            i += 1;
        }
    }
    tokens
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Pushes `text` as a word, unless it is the prefix of a literal (`r"…"`, `br#"…"#`, `b'x'`,
/// `c"…"`); returns how many characters of `rest` the literal took.
fn word_or_literal(text: String, rest: &[char], tokens: &mut Vec<Token>) -> usize {
    let hashes = rest.iter().take_while(|&&c| c == '#').count();
    let opens_string = rest.get(hashes) == Some(&'"');
    match text.as_str() {
        "r" | "br" | "cr" if opens_string => hashes + string(&rest[hashes..], hashes, tokens),
        "b" | "c" if rest.first() == Some(&'"') => string(rest, 0, tokens),
        "b" if rest.first() == Some(&'\'') => char_literal_length(rest),
        _ => {
            tokens.push(Token::Word(text));
            0
        }
    }
}

/// The length of the string literal at the start of `rest` (from its `"`, closed by `"` and
/// `hashes` `#`s; escapes count only when it is not raw); a string that is a `crate::` path
/// is pushed as that path.
fn string(rest: &[char], hashes: usize, tokens: &mut Vec<Token>) -> usize {
    let mut i = 1;
    while i < rest.len() {
        if rest[i] == '\\' && hashes == 0 {
            i += 2;
        } else if rest[i] == '"' && rest[i + 1..].iter().take(hashes).all(|&c| c == '#') {
            let content: String = rest[1..i].iter().collect();
            if content.starts_with("crate::")
                && content.chars().all(|c| c == ':' || is_word_char(c))
            {
                tokens.extend(lex(&content));
            }
            return i + 1 + hashes;
        } else {
            i += 1;
        }
    }
    rest.len()
}

/// The length of the char literal at the start of `rest`, or 1 for a lifetime's `'`.
fn char_literal_length(rest: &[char]) -> usize {
    if rest.get(1) == Some(&'\\') {
        let close = rest[2..].iter().position(|&c| c == '\'');
        close.map_or(rest.len(), |close| close + 3)
    } else if rest.get(2) == Some(&'\'') {
        3
    } else {
        1
    }
}

/// The length of the (possibly nested) block comment at the start of `rest`.
fn block_comment_length(rest: &[char]) -> usize {
    let mut depth = 0;
    let mut i = 0;
    while i < rest.len() {
        if rest[i..].starts_with(&['/', '*']) {
            depth += 1;
            i += 2;
        } else if rest[i..].starts_with(&['*', '/']) {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    rest.len()
}

#[cfg(test)]
mod tests {
    use super::crate_references;

    fn refs(source: &str) -> Vec<String> {
        crate_references(source)
    }

    #[test]
    fn a_group_across_lines_names_each_head() {
        let source = "use crate::{\n    a::b,\n    c,\n    d::{e, f},\n};\nfn g() {}";
        assert_eq!(refs(source), ["a", "c", "d"]);
    }

    #[test]
    fn a_path_inside_an_expression_counts() {
        assert_eq!(refs("let x = crate::x::f(1) + y;"), ["x"]);
        assert_eq!(refs("view! { <crate::users::Panel /> }"), ["users"]);
    }

    #[test]
    fn comments_name_nothing() {
        let source = "// crate::a::b\n/// crate::b\n//! crate::c\n/* crate::d /* crate::e */ */";
        assert!(refs(source).is_empty(), "{:?}", refs(source));
    }

    #[test]
    fn strings_name_nothing_unless_they_are_a_path() {
        let source = r##"let s = "use crate::a"; let r = r#"see crate::b"#; let c = '"';
            #[serde(deserialize_with = "crate::paging::lenient")] fn f<'a>() {}"##;
        assert_eq!(refs(source), ["paging"]);
    }

    #[test]
    fn test_items_are_skipped() {
        let source = "#[cfg(test)]\nmod tests { use crate::a; fn f() { crate::b::g(); } }\n\
            #[cfg(all(test, feature = \"ssr\"))] use crate::c;\n\
            #[cfg(not(test))] use crate::d;\nuse crate::e;";
        assert_eq!(refs(source), ["d", "e"]);
    }

    #[test]
    fn visibility_and_lifetimes_are_not_paths() {
        assert!(refs("pub(crate) fn f<'a>(x: &'a str) -> char { 'c' }").is_empty());
    }
}
