#include "search/normalize.h"

namespace comdev::search {

namespace {

// Base letters of U+0100..U+017F (Latin Extended-A) in code point order; '*' marks the two
// ligatures handled apart (U+0132/0133 "ij", U+0152/0153 "oe").
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**"
    "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

// Base letters of U+00C0..U+00FF; '*' = ligature or two letters, ' ' = not a letter.
constexpr std::string_view kLatin1 =
    "aaaaaa*ceeeeiiiidnooooo ouuuuy**aaaaaa*ceeeeiiiidnooooo ouuuuy*y";

bool is_arabic_diacritic(char32_t cp) {
  return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || (cp >= 0x06D6 && cp <= 0x06ED);
}

}  // namespace

char32_t next_code_point(std::string_view s, std::size_t& pos) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  unsigned char b0 = byte(pos);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  int len = b0 >= 0xF0 && b0 < 0xF5 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
  if (b0 >= 0xF5) len = 0;
  if (len == 0 || pos + len > s.size()) {
    ++pos;
    return 0xFFFD;
  }
  char32_t cp = b0 & (0x7F >> len);
  for (int i = 1; i < len; ++i) {
    unsigned char b = byte(pos + i);
    if ((b & 0xC0) != 0x80) {
      ++pos;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  // Overlong forms, surrogates and values past U+10FFFF are invalid.
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++pos;
    return 0xFFFD;
  }
  pos += len;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

Folded fold_code_point(char32_t cp, std::string& out) {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') {
      out += static_cast<char>(cp - 'A' + 'a');
      return {true, Script::latin};
    }
    if ((cp >= 'a' && cp <= 'z')) {
      out += static_cast<char>(cp);
      return {true, Script::latin};
    }
    if (cp >= '0' && cp <= '9') {
      out += static_cast<char>(cp);
      return {true, Script::other};
    }
    return {};
  }
  if (cp >= 0xC0 && cp <= 0xFF) {
    char c = kLatin1[cp - 0xC0];
    if (c == ' ') return {};
    if (c == '*') {
      out += (cp == 0xC6 || cp == 0xE6) ? "ae" : (cp == 0xDF) ? "ss" : "th";
    } else {
      out += c;
    }
    return {true, Script::latin};
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    char c = kLatinExtendedA[cp - 0x100];
    if (c == '*') {
      out += cp <= 0x133 ? "ij" : "oe";
    } else {
      out += c;
    }
    return {true, Script::latin};
  }
  if (cp >= 0x180 && cp <= 0x24F) {  // Latin Extended-B: kept as written
    append_utf8(out, cp);
    return {true, Script::latin};
  }
  // Combining marks (decomposed accents), zero-width joiners, variation selectors: part of the
  // word, dropped from its form.
  if ((cp >= 0x300 && cp <= 0x36F) || cp == 0x200C || cp == 0x200D ||
      (cp >= 0xFE00 && cp <= 0xFE0F)) {
    return {true, Script::other};
  }
  if (cp >= 0x0600 && cp <= 0x06FF) {
    if (is_arabic_diacritic(cp) || cp == 0x0640) return {true, Script::arabic};  // tatweel too
    if (cp >= 0x0660 && cp <= 0x0669) {
      out += static_cast<char>('0' + (cp - 0x0660));
      return {true, Script::other};
    }
    if (cp >= 0x06F0 && cp <= 0x06F9) {
      out += static_cast<char>('0' + (cp - 0x06F0));
      return {true, Script::other};
    }
    bool letter = (cp >= 0x0621 && cp <= 0x063F) || (cp >= 0x0641 && cp <= 0x064A) ||
                  (cp >= 0x066E && cp <= 0x06D3) || cp == 0x06D5 || (cp >= 0x06EE && cp <= 0x06FF);
    if (!letter) return {};  // Arabic comma, semicolon, question mark, percent sign…
    switch (cp) {
      case 0x0622:
      case 0x0623:
      case 0x0625:
      case 0x0671:
        cp = 0x0627;
        break;  // alef forms
      case 0x0624:
        cp = 0x0648;
        break;  // hamza on waw
      case 0x0626:
      case 0x0649:
      case 0x06CC:
        cp = 0x064A;
        break;  // hamza on ya, alef maqsura
      case 0x0629:
        cp = 0x0647;
        break;  // ta marbuta
      case 0x06A9:
        cp = 0x0643;
        break;  // keheh
      default:
        break;
    }
    append_utf8(out, cp);
    return {true, Script::arabic};
  }
  if ((cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF)) {
    if (cp == 0xFEFF) return {};  // byte order mark
    append_utf8(out, cp);         // presentation forms: rare in typed text, kept as written
    return {true, Script::arabic};
  }
  // Other scripts (Greek, Cyrillic, Tifinagh, CJK…) are words kept as written; general
  // punctuation, symbols, spaces and invalid bytes separate words.
  bool other_letter = (cp >= 0x370 && cp <= 0x5FF) || (cp >= 0x700 && cp <= 0x1FFF) ||
                      (cp >= 0x2C00 && cp <= 0x2DFF) || (cp >= 0x3040 && cp <= 0xD7FF) ||
                      (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x10000 && cp <= 0x10FFFF);
  if (!other_letter) return {};
  append_utf8(out, cp);
  return {true, Script::other};
}

std::string normalize(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    std::size_t start = pos;
    char32_t cp = next_code_point(utf8, pos);
    std::size_t before = out.size();
    Folded f = fold_code_point(cp, out);
    if (!f.is_word && out.size() == before) {
      if (cp == 0xFFFD && pos - start == 1 && utf8.substr(start, 3) != "\xEF\xBF\xBD") {
        out += ' ';  // an invalid byte becomes a separator
      } else {
        out.append(utf8.substr(start, pos - start));
      }
    }
  }
  return out;
}

std::vector<Token> tokenize(std::string_view utf8) {
  std::vector<Token> tokens;
  Token current;
  bool in_word = false;
  std::size_t pos = 0;
  auto finish = [&](std::size_t end) {
    if (in_word && !current.text.empty()) {
      current.end = end;
      tokens.push_back(std::move(current));
    }
    current = Token{};
    in_word = false;
  };
  while (pos < utf8.size()) {
    std::size_t start = pos;
    char32_t cp = next_code_point(utf8, pos);
    std::string folded;
    Folded f = fold_code_point(cp, folded);
    if (!f.is_word) {
      finish(start);
      continue;
    }
    if (!in_word) {
      in_word = true;
      current.begin = start;
    }
    current.text += folded;
    if (f.script == Script::arabic) {
      current.script = Script::arabic;
    } else if (f.script == Script::latin && current.script == Script::other) {
      current.script = Script::latin;
    }
  }
  finish(utf8.size());
  return tokens;
}

}  // namespace comdev::search
