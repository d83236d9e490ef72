#include "features/campaigns/pledge_reference.h"

#include <sodium.h>

#include <algorithm>
#include <array>

namespace comdev::campaigns {
namespace {

constexpr std::string_view kSymbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::string_view kCheckSymbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U";
constexpr std::uint64_t kPayloadMask = (std::uint64_t{1} << 40) - 1;

// The value of a payload symbol (Crockford's decoding, with its aliases); -1 when none.
int symbol_value(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (c == 'I' || c == 'L') c = '1';
  if (c == 'O') c = '0';
  auto p = kSymbols.find(c);
  return p == std::string_view::npos ? -1 : static_cast<int>(p);
}

int check_value(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (c == 'u') c = 'U';
  if (int v = symbol_value(c); v >= 0) return v;
  auto p = kCheckSymbols.find(c);
  return p == std::string_view::npos ? -1 : static_cast<int>(p);
}

bool alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

}  // namespace

std::optional<std::string> reference_for(std::uint64_t payload) {
  payload &= kPayloadMask;
  auto check = payload % 37;
  if (check >= 32) return std::nullopt;
  std::string out(kReferenceLength, '0');
  for (int i = 7; i >= 0; --i) {
    out[static_cast<std::size_t>(i)] = kSymbols[payload & 31];
    payload >>= 5;
  }
  out[8] = kCheckSymbols[check];
  return out;
}

std::string new_reference() {
  for (;;) {
    std::uint64_t v = 0;
    randombytes_buf(&v, sizeof v);
    if (auto r = reference_for(v)) return *r;
  }
}

std::optional<std::string> parse_reference(std::string_view typed) {
  std::string kept;
  for (char c : typed) {
    if (c == '-' || c == ' ') continue;
    if (kept.size() == kReferenceLength) return std::nullopt;
    kept.push_back(c);
  }
  if (kept.size() != kReferenceLength) return std::nullopt;
  std::uint64_t value = 0;
  std::string out;
  for (std::size_t i = 0; i < 8; ++i) {
    int v = symbol_value(kept[i]);
    if (v < 0) return std::nullopt;
    value = value << 5 | static_cast<std::uint64_t>(v);
    out.push_back(kSymbols[static_cast<std::size_t>(v)]);
  }
  int check = check_value(kept[8]);
  if (check < 0 || static_cast<std::uint64_t>(check) != value % 37) return std::nullopt;
  out.push_back(kCheckSymbols[static_cast<std::size_t>(check)]);
  return out;
}

std::string display_reference(std::string_view c) {
  std::string out;
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (i > 0 && i % 3 == 0) out.push_back('-');
    out.push_back(c[i]);
  }
  return out;
}

std::vector<std::string> references_in(std::string_view label) {
  // The words of the label and whether the gap before each joins it to the previous one.
  struct Word {
    std::string text;
    bool joinable = false;
  };
  std::vector<Word> words;
  std::size_t i = 0;
  bool joinable = false;
  while (i < label.size()) {
    if (!alnum(label[i])) {
      char c = label[i];
      joinable = joinable && (c == ' ' || c == '-' || c == '.' || c == '/');
      ++i;
      continue;
    }
    Word w;
    w.joinable = !words.empty() && joinable;
    while (i < label.size() && alnum(label[i])) w.text.push_back(label[i++]);
    words.push_back(std::move(w));
    joinable = true;
  }
  std::vector<std::string> found;
  auto add = [&](const std::string& candidate) {
    if (candidate.size() != kReferenceLength) return;
    auto r = parse_reference(candidate);
    if (r && std::find(found.begin(), found.end(), *r) == found.end()) found.push_back(*r);
  };
  for (std::size_t w = 0; w < words.size(); ++w) {
    std::string joined;
    for (std::size_t k = w; k < words.size() && k < w + 3; ++k) {
      if (k > w && !words[k].joinable) break;
      joined += words[k].text;
      if (joined.size() >= kReferenceLength) {
        add(joined);
        break;
      }
    }
  }
  return found;
}

}  // namespace comdev::campaigns
