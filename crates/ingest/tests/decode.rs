//! `decode` on every encoding an Arabic news file comes in, and on bytes that are not text.

use rasid_ingest::{decode, DecodeError};

const ARABIC: &str = "قتل خمسة أشخاص وأصيب عشرون آخرون في انفجار سيارة مفخخة وسط المدينة.";
const ENGLISH: &str = "Five people were killed and twenty wounded in a car bomb blast.";

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        let pair = if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        };
        bytes.extend_from_slice(&pair);
    }
    bytes
}

fn with_bom(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xEF, 0xBB, 0xBF];
    bytes.extend_from_slice(text.as_bytes());
    bytes
}

fn legacy(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
    let (bytes, _, unmappable) = encoding.encode(text);
    assert!(!unmappable, "{} encodes the sentence", encoding.name());
    bytes.into_owned()
}

#[test]
fn text_in_every_encoding_decodes_to_the_same_string() {
    let two_lines = format!("{ARABIC}\r\n{ARABIC}\r\n");
    // (what, bytes, expected text, expected encoding, byte-order mark)
    let cases: Vec<(&str, Vec<u8>, &str, &str, bool)> = vec![
        (
            "UTF-8 Arabic",
            ARABIC.as_bytes().to_vec(),
            ARABIC,
            "UTF-8",
            false,
        ),
        (
            "UTF-8 English",
            ENGLISH.as_bytes().to_vec(),
            ENGLISH,
            "UTF-8",
            false,
        ),
        ("UTF-8 with BOM", with_bom(ARABIC), ARABIC, "UTF-8", true),
        (
            "UTF-16LE with BOM",
            utf16(ARABIC, false),
            ARABIC,
            "UTF-16LE",
            true,
        ),
        (
            "UTF-16BE with BOM",
            utf16(ARABIC, true),
            ARABIC,
            "UTF-16BE",
            true,
        ),
        (
            "Windows-1256 Arabic",
            legacy(ARABIC, encoding_rs::WINDOWS_1256),
            ARABIC,
            "windows-1256",
            false,
        ),
        (
            "Windows-1256 Arabic, two lines",
            legacy(&two_lines, encoding_rs::WINDOWS_1256),
            &two_lines,
            "windows-1256",
            false,
        ),
    ];
    for (what, bytes, text, encoding, bom) in cases {
        let decoded = decode(&bytes).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(decoded.text, text, "{what}");
        assert_eq!(decoded.encoding, encoding, "{what}");
        assert_eq!(decoded.bom, bom, "{what}");
        assert!(!decoded.replaced, "{what}");
    }
}

#[test]
fn iso_8859_6_arabic_decodes_as_arabic() {
    // ISO-8859-6 has no letters beyond the basic Arabic alphabet and no Arabic full stop
    // variants, so use a sentence inside it; chardetng may answer either Arabic code page
    // where the two agree on every byte used, which then decodes to the same text.
    let sentence = "قتل خمسة اشخاص في انفجار وسط المدينة";
    let bytes = legacy(sentence, encoding_rs::ISO_8859_6);
    let decoded = decode(&bytes).expect("decodes");
    assert!(
        ["ISO-8859-6", "windows-1256"].contains(&decoded.encoding),
        "{}",
        decoded.encoding
    );
    if decoded.encoding == "ISO-8859-6" {
        assert_eq!(decoded.text, sentence);
    }
}

/// Whether an error is the one a case expects.
type IsExpected = fn(&DecodeError) -> bool;

#[test]
fn bytes_that_are_not_text_are_errors() {
    let mut png = vec![
        0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D,
    ];
    png.extend_from_slice(b"IHDR");
    let controls: Vec<u8> = (1u8..=8).cycle().take(200).collect();
    let mut text_then_nul = ARABIC.as_bytes().to_vec();
    text_then_nul.push(0);
    // (what, bytes, is the expected error)
    let cases: Vec<(&str, Vec<u8>, IsExpected)> = vec![
        ("no bytes", vec![], |e| *e == DecodeError::Empty),
        ("only a BOM", vec![0xEF, 0xBB, 0xBF], |e| {
            *e == DecodeError::Empty
        }),
        ("a PNG header", png, |e| {
            matches!(e, DecodeError::Nul { .. })
        }),
        ("UTF-8 then a NUL", text_then_nul, |e| {
            *e == DecodeError::Nul {
                offset: ARABIC.len(),
            }
        }),
        ("UTF-16 with a NUL", utf16("ab\0", false), |e| {
            *e == DecodeError::Nul { offset: 4 }
        }),
        ("control characters", controls, |e| {
            matches!(e, DecodeError::Junk { percent: 100 })
        }),
    ];
    for (what, bytes, expected) in cases {
        match decode(&bytes) {
            Ok(decoded) => panic!("{what}: decoded as {:?}", decoded.encoding),
            Err(error) => assert!(expected(&error), "{what}: {error}"),
        }
    }
}

#[test]
fn a_stray_control_character_is_still_text() {
    let text = format!("{ARABIC}\u{c}{ENGLISH}\u{7}");
    let decoded = decode(text.as_bytes()).expect("text");
    assert_eq!(decoded.text, text);
}
