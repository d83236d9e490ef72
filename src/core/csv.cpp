#include "core/csv.h"

namespace comdev::core::csv {

char detect_separator(std::string_view text) {
  std::size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    commas += c == ',';
    semicolons += c == ';';
  }
  return semicolons > commas ? ';' : ',';
}

Result<std::vector<Record>> parse(std::string_view text, char separator) {
  std::vector<Record> out;
  Record rec;
  std::string field;
  std::size_t line = 1;
  std::size_t quote_line = 0;
  bool quoted = false;  // inside a quoted field
  bool any = false;     // the current record has content (or a separator)
  rec.line = 1;
  auto end_field = [&] {
    rec.fields.push_back(std::move(field));
    field.clear();
  };
  auto end_record = [&] {
    if (any) {
      end_field();
      out.push_back(std::move(rec));
    }
    rec = Record{};
    field.clear();
    any = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
      quote_line = line;
      any = true;
    } else if (c == separator) {
      end_field();
      any = true;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_record();
      ++line;
      rec.line = line;
    } else {
      if (!any) rec.line = line;
      field += c;
      any = true;
    }
  }
  if (quoted) {
    return std::move(Error::invalid("errors.csv.unterminated_quote"))
        .with_param("line", std::to_string(quote_line));
  }
  end_record();
  if (out.empty()) return Error::invalid("errors.csv.empty");
  return out;
}

void append_cell(std::string& out, std::string_view text, char separator) {
  std::string v = neutralise(text);
  if (v.find_first_of(std::string{separator, '"', '\r', '\n'}) == std::string::npos) {
    out += v;
    return;
  }
  out += '"';
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_number(std::string& out, std::string_view number) {
  out += number;
}

void append_row(std::string& out, const std::vector<std::string>& cells, char separator) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out += separator;
    append_cell(out, cells[i], separator);
  }
  out += "\r\n";
}

Result<std::vector<Record>> parse(std::string_view text) {
  return parse(text, detect_separator(text));
}

std::string neutralise(std::string_view cell) {
  if (!cell.empty() && (cell.front() == '=' || cell.front() == '+' || cell.front() == '-' ||
                        cell.front() == '@' || cell.front() == '\t' || cell.front() == '\r')) {
    return "'" + std::string(cell);
  }
  return std::string(cell);
}

}  // namespace comdev::core::csv
