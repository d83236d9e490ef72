#include "http/server/finish.h"

#include "core/text.h"

#include <cctype>
#include <ctime>
#include <filesystem>

#include "http/server/gzip.h"

namespace comdev::http::server {
namespace {

constexpr std::size_t kMinGzipBytes = 512;  // below this the gzip header costs more than it saves

std::string_view strip_weak(std::string_view tag) {
  tag = core::trim_blanks(tag);
  if (tag.substr(0, 2) == "W/") tag.remove_prefix(2);
  return tag;
}

// The Date header changes once a second: each thread formats it once a second, not per response.
std::string date_now() {
  thread_local std::time_t last = -1;
  thread_local std::string text;
  auto now = std::chrono::system_clock::now();
  std::time_t t = std::chrono::system_clock::to_time_t(now);
  if (t != last) {
    text = http_date(now);
    last = t;
  }
  return text;
}

}  // namespace

std::string http_date(std::chrono::system_clock::time_point t) {
  static const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                 "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::time_t tt = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&tt, &tm);
  char buf[40];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d GMT", days[tm.tm_wday % 7],
                tm.tm_mday, months[tm.tm_mon % 12], tm.tm_year + 1900, tm.tm_hour, tm.tm_min,
                tm.tm_sec);
  return buf;
}

bool etag_matches(std::string_view if_none_match, std::string_view etag) {
  if (etag.empty()) return false;
  if (core::trim_blanks(if_none_match) == "*") return true;
  std::size_t start = 0;
  while (start <= if_none_match.size()) {
    std::size_t comma = if_none_match.find(',', start);
    if (comma == std::string_view::npos) comma = if_none_match.size();
    if (strip_weak(if_none_match.substr(start, comma - start)) == strip_weak(etag)) return true;
    start = comma + 1;
  }
  return false;
}

bool accepts_gzip(std::string_view accept_encoding) {
  std::string ae = core::to_lower_ascii(accept_encoding);
  std::size_t start = 0;
  while (start <= ae.size()) {
    std::size_t comma = ae.find(',', start);
    if (comma == std::string::npos) comma = ae.size();
    std::string_view item = core::trim_blanks(std::string_view(ae).substr(start, comma - start));
    start = comma + 1;
    std::size_t semi = item.find(';');
    std::string_view coding = core::trim_blanks(item.substr(0, semi));
    if (coding != "gzip" && coding != "*") continue;
    if (semi == std::string_view::npos) return true;
    std::string_view q = core::trim_blanks(item.substr(semi + 1));
    // "q=0", "q=0.0", "q=0.000" refuse; any other weight accepts.
    if (q.substr(0, 2) == "q=" && q.substr(2).find_first_not_of("0.") == std::string_view::npos) {
      return false;
    }
    return true;
  }
  return false;
}

bool is_compressible(std::string_view content_type) {
  std::string t =
      core::to_lower_ascii(core::trim_blanks(content_type.substr(0, content_type.find(';'))));
  return t.rfind("text/", 0) == 0 || t == "application/json" || t == "application/javascript" ||
         t == "image/svg+xml";
}

void finish_response(const Request& req, Response& res) {
  if (!res.body.empty()) res.file_path.clear();
  if (!res.file_path.empty()) {
    // Sent from disk by the session (file_body), never read whole into memory here.
    std::error_code ec;
    if (!std::filesystem::is_regular_file(res.file_path, ec))
      res = Response::text("Not Found", 404);
  }

  bool cacheable_request = req.method == Method::get || req.method == Method::head;
  if (cacheable_request && res.status == 200 &&
      etag_matches(req.header("if-none-match"), res.get_header("etag"))) {
    res.status = 304;
    res.body.clear();
    res.file_path.clear();
  }

  // A file from disk is sent as it is: its bytes are never in memory to be compressed.
  if (res.file_path.empty() && is_compressible(res.get_header("content-type")) &&
      res.status != 304) {
    res.header("Vary", "Accept-Encoding");
    if (res.body.size() > kMinGzipBytes && res.get_header("content-encoding").empty() &&
        accepts_gzip(req.header("accept-encoding"))) {
      std::string z = gzip_compress(res.body);
      if (!z.empty()) {
        res.body = std::move(z);
        res.header("Content-Encoding", "gzip");
      }
    }
  }

  if (res.get_header("date").empty()) res.header("Date", date_now());
}

}  // namespace comdev::http::server
