#include "features/campaigns/statement.h"

#include <sodium.h>

#include <map>
#include <optional>

#include "core/csv.h"
#include "core/text.h"
#include "features/campaigns/pledge_reference.h"
#include "i18n/text_encoding.h"
#include "money/money.h"

namespace comdev::campaigns {
namespace {

// How far down the header may be: banks put a few lines of account details above it.
constexpr std::size_t kHeaderSearch = 30;

// A header cell as compared: lower case, French accents dropped, spaces trimmed.
std::string header_key(std::string_view cell) {
  std::string out;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(cell[i]);
    if (c == 0xC3 && i + 1 < cell.size()) {
      unsigned char d = static_cast<unsigned char>(cell[++i]);
      if (d >= 0xA0 && d <= 0xA5)
        out.push_back('a');
      else if (d == 0xA7)
        out.push_back('c');
      else if (d >= 0xA8 && d <= 0xAB)
        out.push_back('e');
      else if (d >= 0xAC && d <= 0xAF)
        out.push_back('i');
      else if (d >= 0xB2 && d <= 0xB6)
        out.push_back('o');
      else if (d >= 0xB9 && d <= 0xBC)
        out.push_back('u');
      else if (d >= 0x80 && d <= 0x85)
        out.push_back('a');
      else if (d == 0x87)
        out.push_back('c');
      else if (d >= 0x88 && d <= 0x8B)
        out.push_back('e');
      else
        out.push_back('?');
      continue;
    }
    out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c));
  }
  return std::string(core::trim_space(out));
}

bool starts(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

struct Columns {
  std::optional<std::size_t> date, amount, credit, debit, currency;
  bool date_is_value = false;
  std::vector<std::size_t> labels;
  bool usable() const { return !labels.empty() && (amount || credit); }
};

Columns find_columns(const std::vector<std::string>& cells) {
  Columns c;
  for (std::size_t i = 0; i < cells.size(); ++i) {
    auto k = header_key(cells[i]);
    if (starts(k, "date")) {
      // The operation's date rather than the value date, when the bank gives both.
      bool value_date = k.find("valeur") != std::string::npos;
      if (!c.date || (c.date_is_value && !value_date)) {
        c.date = i;
        c.date_is_value = value_date;
      }
    } else if (starts(k, "libelle") || starts(k, "label") || starts(k, "description") ||
               starts(k, "motif") || starts(k, "detail") || starts(k, "intitule") ||
               k == "operation" || k == "nature de l'operation" || starts(k, "reference")) {
      c.labels.push_back(i);
    } else if (starts(k, "credit")) {
      c.credit = i;
    } else if (starts(k, "debit")) {
      c.debit = i;
    } else if (starts(k, "montant") || starts(k, "amount") || starts(k, "somme")) {
      c.amount = i;
    } else if (starts(k, "devise") || starts(k, "currency") || starts(k, "monnaie")) {
      c.currency = i;
    }
  }
  return c;
}

std::string_view field(const core::csv::Record& r, std::optional<std::size_t> i) {
  if (!i || *i >= r.fields.size()) return {};
  return core::trim_space(r.fields[*i]);
}

std::string hex_sha256(std::string_view s) {
  unsigned char h[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(h, reinterpret_cast<const unsigned char*>(s.data()), s.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : h) {
    out.push_back(kHex[b >> 4]);
    out.push_back(kHex[b & 15]);
  }
  return out;
}

// One line break for every kind the file mixes (CRLF, LF, a lone CR).
std::string unify_line_ends(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\r') {
      out.push_back('\n');
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

// A credit's amount: "" or a negative amount is not a credit (nullopt, not unreadable).
struct Amount {
  bool credit = false, readable = true;
  std::int64_t minor = 0;
};
Amount read_amount(std::string_view text) {
  auto t = core::trim_space(text);
  if (t.empty()) return {false, true, 0};
  if (t.front() == '-') return {false, true, 0};
  if (t.front() == '+') t = core::trim_space(t.substr(1));
  auto v = money::parse_spreadsheet_amount(t);
  if (!v) return {false, false, 0};
  if (*v == 0) return {false, true, 0};
  return {true, true, *v};
}

}  // namespace

Result<Statement> parse_statement(std::string_view bytes) {
  auto decoded = i18n::decode_to_utf8(bytes);
  if (!decoded) return decoded.error();
  auto text = unify_line_ends(decoded->utf8);
  auto records = core::csv::parse(text);
  if (!records) return records.error();
  std::size_t header = 0;
  Columns cols;
  for (; header < records->size() && header < kHeaderSearch; ++header) {
    cols = find_columns((*records)[header].fields);
    if (cols.usable()) break;
  }
  if (!cols.usable()) return Error::invalid("campaigns.statement.no_columns");
  Statement st;
  std::map<std::string, int> seen;  // identical lines of this file, by what they say
  for (std::size_t i = header + 1; i < records->size(); ++i) {
    const auto& r = (*records)[i];
    Amount a =
        cols.credit ? read_amount(field(r, cols.credit)) : read_amount(field(r, cols.amount));
    if (!a.readable) {
      st.unreadable.push_back(r.line);
      continue;
    }
    if (!a.credit) {
      ++st.debits;
      continue;
    }
    StatementLine l;
    l.line = r.line;
    l.booked_on = std::string(field(r, cols.date));
    for (auto c : cols.labels) {
      auto v = field(r, c);
      if (v.empty()) continue;
      if (!l.label.empty()) l.label += ' ';
      l.label += v;
    }
    l.amount_minor = a.minor;
    // A currency the platform does not count in (USD…) is kept as written: never matched.
    if (auto cur = field(r, cols.currency); !cur.empty()) {
      auto code = money::currency_code(cur);
      l.currency = code ? *code : std::string(cur);
    }
    std::string said = l.booked_on + '\x1f' + l.label + '\x1f' + std::to_string(l.amount_minor) +
                       '\x1f' + l.currency;
    int rank = seen[said]++;
    l.hash = hex_sha256(said + '\x1f' + std::to_string(rank));
    l.references = references_in(l.label);
    st.credits.push_back(std::move(l));
  }
  return st;
}

}  // namespace comdev::campaigns
