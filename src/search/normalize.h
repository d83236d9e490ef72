// Text normalisation for search (std only): the same word written differently must give the
// same form, so a query typed on a phone without accents or diacritics finds the text.
//   French/Latin: lower case; accents folded (é è ê ë → e, ç → c, œ → oe…).
//   Arabic: diacritics (harakat, shadda, sukun, superscript alef) and tatweel dropped; alef with
//   hamza or madda and alef wasla → bare alef; hamza on waw → waw, on ya → ya; alef maqsura → ya;
//   ta marbuta → ha; Arabic-Indic digits → ASCII digits.
// Normalisation is applied to documents and queries alike, so the folding only has to be
// consistent, not linguistically exact.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace comdev::search {

enum class Script : std::uint8_t { latin, arabic, other };

// One word of a text: its normalised form and where it is in the original bytes.
struct Token {
  std::string text;                // normalised, lower case, no accents or diacritics
  std::size_t begin = 0, end = 0;  // byte range in the original text
  Script script = Script::other;
};

// The normalised form of one code point appended to `out` (nothing for a dropped mark);
// returns the script of a letter, or other. `is_word` tells whether the code point belongs to a
// word (letters, digits, combining marks, tatweel) or separates words.
struct Folded {
  bool is_word = false;
  Script script = Script::other;
};
Folded fold_code_point(char32_t cp, std::string& out);

// The whole text normalised (words and separators; separators kept as they are).
std::string normalize(std::string_view utf8);

// The words of a text, in order. Invalid UTF-8 bytes separate words. An apostrophe (' or ’)
// ends a word, so the French elisions "l'eau", "d’irrigation" give "l", "eau"...
std::vector<Token> tokenize(std::string_view utf8);

// Decodes one code point at `pos` (advancing it); U+FFFD for an invalid byte.
char32_t next_code_point(std::string_view s, std::size_t& pos);
void append_utf8(std::string& out, char32_t cp);

}  // namespace comdev::search
