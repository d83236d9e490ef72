#include "mail/outbox.h"

#include <sodium.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "core/log.h"
#include "core/time.h"
#include "mail/message.h"

namespace comdev::mail {
namespace {

std::string new_name() {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  auto secs = std::chrono::duration_cast<std::chrono::seconds>(now);
  auto micros = std::chrono::duration_cast<std::chrono::microseconds>(now - secs);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%lld.M%06lldP%dR%s.eml", static_cast<long long>(secs.count()),
                static_cast<long long>(micros.count()), static_cast<int>(getpid()),
                random_hex(4).c_str());
  return buf;
}

Result<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error::not_found("errors.not_found");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

OutboxMailer::OutboxMailer(std::filesystem::path dir, std::string from)
    : dir_(std::move(dir)), from_(std::move(from)) {
  if (sodium_init() < 0) log::error("libsodium failed to initialise");
}

Status OutboxMailer::send(const Mail& mail) {
  std::error_code ec;
  std::filesystem::create_directories(dir_, ec);
  if (ec) return Error::unavailable("mail: cannot create the outbox " + dir_.string());
  std::string name = new_name();
  Envelope env = new_envelope(from_);
  auto tmp = dir_ / ("." + name + ".tmp");
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out << format_message(mail, env);
    if (!out.flush()) {
      std::filesystem::remove(tmp, ec);
      return Error::unavailable("mail: cannot write to the outbox " + dir_.string());
    }
  }
  std::filesystem::rename(tmp, dir_ / name, ec);
  if (ec) {
    std::filesystem::remove(tmp, ec);
    return Error::unavailable("mail: cannot write to the outbox " + dir_.string());
  }
  log::info("mail written to the outbox (no SMTP configured)",
            {{"file", (dir_ / name).string()}, {"to_domain", domain_of(address_of(mail.to))}});
  return {};
}

bool is_outbox_name(std::string_view name) {
  return !name.empty() && name.front() != '.' && name.ends_with(".eml") &&
         name.find('/') == std::string_view::npos && name.find('\\') == std::string_view::npos &&
         name.find('\0') == std::string_view::npos;
}

Result<std::vector<OutboxEntry>> outbox_latest(const std::filesystem::path& dir,
                                               std::size_t limit) {
  std::vector<std::string> names;
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec), end;
  if (ec) return std::vector<OutboxEntry>{};  // nothing was ever written
  for (; it != end; it.increment(ec)) {
    if (ec) break;
    auto name = it->path().filename().string();
    if (is_outbox_name(name) && it->is_regular_file(ec)) names.push_back(std::move(name));
  }
  // Newest first: the seconds and microseconds lead the name; compare them as numbers.
  auto key = [](const std::string& n) {
    long long s = 0, us = 0;
    std::sscanf(n.c_str(), "%lld.M%lld", &s, &us);
    return std::pair{s, us};
  };
  std::sort(names.begin(), names.end(), [&](const std::string& a, const std::string& b) {
    auto ka = key(a), kb = key(b);
    return ka != kb ? ka > kb : a > b;
  });
  if (names.size() > limit) names.resize(limit);
  std::vector<OutboxEntry> out;
  for (auto& n : names) {
    auto raw = read_file(dir / n);
    if (!raw) continue;  // removed meanwhile
    out.push_back({std::move(n), parse_message(*raw)});
  }
  return out;
}

Result<OutboxEntry> outbox_read(const std::filesystem::path& dir, std::string_view name) {
  if (!is_outbox_name(name)) return Error::not_found("errors.not_found");
  auto raw = read_file(dir / std::string(name));
  if (!raw) return raw.error();
  return OutboxEntry{std::string(name), parse_message(*raw)};
}

}  // namespace comdev::mail
