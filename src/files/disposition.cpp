#include "files/disposition.h"

#include <cctype>
#include <cstdint>

#include "core/text.h"

namespace comdev::files {
namespace {

constexpr std::size_t kMaxNameBytes = 150;

// Decodes one UTF-8 sequence at s[i]; returns its length, or 0 when invalid. *cp gets the code
// point.
std::size_t decode(std::string_view s, std::size_t i, char32_t* cp) {
  auto b = static_cast<unsigned char>(s[i]);
  std::size_t n = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  char32_t c = n == 1 ? b : n == 2 ? (b & 0x1f) : n == 3 ? (b & 0x0f) : (b & 0x07);
  for (std::size_t k = 1; k < n; ++k) {
    auto cb = static_cast<unsigned char>(s[i + k]);
    if ((cb >> 6) != 2) return 0;
    c = (c << 6) | (cb & 0x3f);
  }
  static constexpr char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < kMin[n] || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff)) return 0;
  *cp = c;
  return n;
}

bool unwanted(char32_t c) {
  return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) ||  // C0, DEL, C1 controls
         (c >= 0x200e && c <= 0x200f) ||                       // LRM, RLM
         (c >= 0x202a && c <= 0x202e) ||                       // bidi embeddings, overrides
         (c >= 0x2066 && c <= 0x2069) ||                       // bidi isolates
         c == 0xfeff || c == '/' || c == '\\' || c == ':' || c == '*' || c == '?' || c == '"' ||
         c == '<' || c == '>' || c == '|';
}

// Keeps what follows the last directory separator, drops unwanted characters, replaces invalid
// bytes by '_'.
std::string clean(std::string_view raw) {
  if (auto slash = raw.find_last_of("/\\"); slash != std::string_view::npos) {
    raw.remove_prefix(slash + 1);
  }
  std::string out;
  for (std::size_t i = 0; i < raw.size();) {
    char32_t c = 0;
    std::size_t n = decode(raw, i, &c);
    if (n == 0) {
      out += '_';
      ++i;
      continue;
    }
    if (!unwanted(c)) out.append(raw.substr(i, n));
    i += n;
  }
  // Leading dots would hide the file or climb ("..", ".bashrc"); trailing dots and spaces are
  // dropped by Windows, which could then drop the extension.
  std::size_t a = out.find_first_not_of(". ");
  if (a == std::string::npos) return {};
  std::size_t b = out.find_last_not_of(". ");
  return out.substr(a, b - a + 1);
}

// The longest prefix of `s` of at most `max` bytes that ends on a character boundary.
std::string_view cut(std::string_view s, std::size_t max) {
  if (s.size() <= max) return s;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xc0) == 0x80) --end;
  return s.substr(0, end);
}

}  // namespace

std::string safe_filename(std::string_view raw, Type type) {
  std::string name = clean(raw);
  const std::string ext(extension_of(type));
  // The extension says what the content is, whatever the name claimed.
  // A short suffix after the last dot is taken for an extension and replaced; a longer one
  // ("rapport.version-finale") is part of the name.
  std::string stem = name;
  if (auto dot = name.rfind('.'); dot != std::string::npos && dot > 0 && name.size() - dot <= 5) {
    stem = name.substr(0, dot);
  }
  stem = clean(cut(stem, kMaxNameBytes - ext.size()));
  if (stem.empty()) stem = "document";
  return stem + ext;
}

std::string content_disposition(std::string_view name, bool inline_view) {
  std::string cleaned = clean(name);
  cleaned = std::string(cut(cleaned, kMaxNameBytes));
  if (cleaned.empty()) cleaned = "document";
  std::string ascii, encoded;
  for (unsigned char c : cleaned) {
    ascii += c < 0x80 && c != '"' && c != '\\' && c != '%' && c != ';' ? static_cast<char>(c) : '_';
    // RFC 8187 attr-char: ALPHA / DIGIT / "!#$&+-.^_`|~"; everything else percent-encoded.
    if (std::isalnum(c) ||
        std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos) {
      encoded += static_cast<char>(c);
    } else {
      static constexpr char kHex[] = "0123456789ABCDEF";
      encoded += '%';
      encoded += kHex[c >> 4];
      encoded += kHex[c & 0xf];
    }
  }
  std::string out = inline_view ? "inline" : "attachment";
  out += "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  return out;
}

}  // namespace comdev::files
