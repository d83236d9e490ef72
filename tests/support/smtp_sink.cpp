#include "smtp_sink.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace comdev::testing {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

int b64_value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

std::string unbase64(std::string_view s) {
  std::string out;
  unsigned buf = 0;
  int bits = 0;
  for (char c : s) {
    int v = b64_value(c);
    if (v < 0) continue;
    buf = (buf << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buf >> bits) & 0xFF);
    }
  }
  return out;
}

std::string unquote_printable(std::string_view s, bool header) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '=' && i + 1 < s.size() && (s[i + 1] == '\r' || s[i + 1] == '\n')) {
      i += (s[i + 1] == '\r' && i + 2 < s.size() && s[i + 2] == '\n') ? 2 : 1;
    } else if (c == '=' && i + 2 < s.size() &&
               std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
               std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
      i += 2;
    } else if (header && c == '_') {
      out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

// Decodes RFC 2047 encoded words; white space between two encoded words is dropped.
std::string decode_words(std::string_view v) {
  std::string out;
  std::size_t i = 0;
  bool last_was_word = false;
  while (i < v.size()) {
    auto start = v.find("=?", i);
    if (start == std::string_view::npos) {
      out += v.substr(i);
      break;
    }
    auto q1 = v.find('?', start + 2);
    auto q2 = q1 == std::string_view::npos ? q1 : v.find('?', q1 + 1);
    auto end = q2 == std::string_view::npos ? q2 : v.find("?=", q2 + 1);
    if (end == std::string_view::npos) {
      out += v.substr(i);
      break;
    }
    std::string_view between = v.substr(i, start - i);
    bool blank = between.find_first_not_of(" \t\r\n") == std::string_view::npos;
    if (!(last_was_word && blank)) out += between;
    char enc = static_cast<char>(std::toupper(static_cast<unsigned char>(v[q1 + 1])));
    std::string_view text = v.substr(q2 + 1, end - q2 - 1);
    out += enc == 'B' ? unbase64(text) : unquote_printable(text, true);
    last_was_word = true;
    i = end + 2;
  }
  return out;
}

std::string normalise_newlines(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') continue;
    out += s[i];
  }
  return out;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

}  // namespace

std::string ReceivedMail::first_link() const {
  auto p = body.find("http://");
  auto s = body.find("https://");
  if (p == std::string::npos || (s != std::string::npos && s < p)) p = s;
  if (p == std::string::npos) return {};
  auto e = body.find_first_of(" \t\r\n<>\"", p);
  return body.substr(p, e == std::string::npos ? std::string::npos : e - p);
}

ReceivedMail parse_mail(const std::string& raw) {
  ReceivedMail m;
  m.raw = raw;
  std::string text = normalise_newlines(raw);
  auto sep = text.find("\n\n");
  std::string head = text.substr(0, sep);
  std::string body = sep == std::string::npos ? std::string() : text.substr(sep + 2);
  // Unfold continuation lines, then read the headers we need.
  std::vector<std::pair<std::string, std::string>> headers;
  std::istringstream lines(head);
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !headers.empty()) {
      headers.back().second += line;
      continue;
    }
    auto colon = line.find(':');
    if (colon == std::string::npos) continue;
    std::string value = line.substr(colon + 1);
    while (!value.empty() && value.front() == ' ') value.erase(0, 1);
    headers.emplace_back(lower(line.substr(0, colon)), value);
  }
  std::string cte;
  for (const auto& [name, value] : headers) {
    if (name == "x-envelope-to" && m.to.empty()) m.to = value;
    if (name == "to" && m.to.empty()) m.to = value;
    if (name == "subject") m.subject = decode_words(value);
    if (name == "content-transfer-encoding") cte = lower(value);
  }
  if (cte.starts_with("quoted-printable")) {
    m.body = unquote_printable(body, false);
  } else if (cte.starts_with("base64")) {
    m.body = normalise_newlines(unbase64(body));
  } else {
    m.body = body;
  }
  return m;
}

SmtpSink::SmtpSink() {
  char tmpl[] = "/tmp/comdev-smtp-XXXXXX";
  if (!mkdtemp(tmpl)) throw std::runtime_error("smtp sink: mkdtemp failed");
  dir_ = tmpl;
  child_ = std::make_unique<PythonChild>(
      "smtp_sink.py", std::vector<std::string>{"--port", "0", "--dir", dir_.string()},
      "smtp sink (is python3-aiosmtpd installed?)");
  port_ = child_->port();
}

SmtpSink::~SmtpSink() {
  stop();
}

void SmtpSink::stop() {
  if (child_) child_->stop();
  if (!dir_.empty()) {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
    dir_.clear();
  }
}

std::vector<ReceivedMail> SmtpSink::all() {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir_, ec)) {
    if (e.path().extension() == ".eml") files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<ReceivedMail> out;
  for (const auto& f : files) out.push_back(parse_mail(read_file(f)));
  return out;
}

void SmtpSink::forget_all() {
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir_, ec)) {
    if (e.path().extension() == ".eml") std::filesystem::remove(e.path(), ec);
  }
  seen_.clear();
}

std::optional<ReceivedMail> SmtpSink::wait_for(const std::string& to,
                                               std::chrono::milliseconds timeout) {
  auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string want = lower(to);
  for (;;) {
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& e : std::filesystem::directory_iterator(dir_, ec)) {
      if (e.path().extension() == ".eml" && !seen_.contains(e.path().filename().string())) {
        files.push_back(e.path());
      }
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      auto m = parse_mail(read_file(f));
      if (lower(m.to) == want) {
        seen_.insert(f.filename().string());
        return m;
      }
    }
    if (std::chrono::steady_clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(25));
  }
}

}  // namespace comdev::testing
