#include "mail/message_parse.h"

#include <cctype>

namespace comdev::mail {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

int b64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

bool decode_base64(std::string_view in, std::string& out) {
  unsigned acc = 0;
  int bits = 0;
  for (char c : in) {
    if (c == '=') break;
    int v = b64_value(c);
    if (v < 0) return false;
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return true;
}

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i])))
      return false;
  }
  return true;
}

// One encoded word "=?charset?enc?text?=" starting at `pos`; false when it is not one.
bool decode_word(std::string_view s, std::size_t pos, std::size_t& end, std::string& out) {
  auto q1 = s.find('?', pos + 2);
  if (q1 == std::string_view::npos) return false;
  auto q2 = s.find('?', q1 + 1);
  if (q2 == std::string_view::npos || q2 != q1 + 2) return false;
  auto close = s.find("?=", q2 + 1);
  if (close == std::string_view::npos) return false;
  char enc = static_cast<char>(std::toupper(static_cast<unsigned char>(s[q1 + 1])));
  std::string_view payload = s.substr(q2 + 1, close - q2 - 1);
  std::string decoded;
  if (enc == 'B') {
    if (!decode_base64(payload, decoded)) return false;
  } else if (enc == 'Q') {
    for (std::size_t i = 0; i < payload.size(); ++i) {
      if (payload[i] == '_') {
        decoded += ' ';
      } else if (payload[i] == '=' && i + 2 < payload.size() && hex_value(payload[i + 1]) >= 0 &&
                 hex_value(payload[i + 2]) >= 0) {
        decoded += static_cast<char>(hex_value(payload[i + 1]) * 16 + hex_value(payload[i + 2]));
        i += 2;
      } else {
        decoded += payload[i];
      }
    }
  } else {
    return false;
  }
  out += decoded;
  end = close + 2;
  return true;
}

}  // namespace

std::string ParsedMessage::header(std::string_view name) const {
  for (const auto& [k, v] : headers) {
    if (iequals(k, name)) return v;
  }
  return {};
}

std::string decode_header(std::string_view value) {
  std::string out;
  std::size_t i = 0;
  bool last_was_word = false;
  while (i < value.size()) {
    if (value.compare(i, 2, "=?") == 0) {
      std::size_t end = 0;
      std::string word;
      if (decode_word(value, i, end, word)) {
        // White space between two adjacent encoded words is not part of the text (RFC 2047 §6.2).
        if (last_was_word) {
          while (!out.empty() && (out.back() == ' ' || out.back() == '\t')) out.pop_back();
        }
        out += word;
        i = end;
        last_was_word = true;
        continue;
      }
    }
    if (value[i] != ' ' && value[i] != '\t') last_was_word = false;
    out += value[i++];
  }
  return out;
}

std::string decode_quoted_printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '=') {
      if (i + 2 < text.size() && text[i + 1] == '\r' && text[i + 2] == '\n') {
        i += 2;  // soft line break
        continue;
      }
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        i += 1;
        continue;
      }
      if (i + 2 < text.size() && hex_value(text[i + 1]) >= 0 && hex_value(text[i + 2]) >= 0) {
        out += static_cast<char>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2]));
        i += 2;
        continue;
      }
    }
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') continue;
    out += c;
  }
  return out;
}

ParsedMessage parse_message(std::string_view raw) {
  ParsedMessage m;
  std::size_t pos = 0;
  while (pos < raw.size()) {
    auto eol = raw.find('\n', pos);
    std::string_view line = raw.substr(pos, eol == std::string_view::npos ? raw.npos : eol - pos);
    pos = eol == std::string_view::npos ? raw.size() : eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) break;  // end of the header section
    if ((line.front() == ' ' || line.front() == '\t') && !m.headers.empty()) {
      m.headers.back().second += std::string(line);  // folded continuation
      continue;
    }
    auto colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    std::string_view value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    m.headers.emplace_back(std::string(line.substr(0, colon)), std::string(value));
  }
  for (auto& [k, v] : m.headers) v = decode_header(v);
  std::string_view body = raw.substr(std::min(pos, raw.size()));
  if (iequals(m.header("Content-Transfer-Encoding"), "quoted-printable")) {
    m.text = decode_quoted_printable(body);
  } else {
    for (std::size_t i = 0; i < body.size(); ++i) {
      if (body[i] == '\r' && i + 1 < body.size() && body[i + 1] == '\n') continue;
      m.text += body[i];
    }
  }
  return m;
}

}  // namespace comdev::mail
