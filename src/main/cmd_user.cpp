// comdev user create: bootstraps an administrator or animator account from the shell, before
// anyone can sign in to grant roles through the site; also a plain member (for demos and the
// browser journeys, which need accounts before the pages can be used).
#include <unistd.h>

#include <cstdio>
#include <iostream>
#include <string>

#include "features/contact/contact_forms.h"
#include "features/members/member_store.h"
#include "features/members/password.h"
#include "main/commands.h"
#include "main/wiring.h"
#include "web/session.h"

namespace comdev {
namespace {

std::string flag(const std::vector<std::string>& args, std::string_view name) {
  for (std::size_t i = 0; i + 1 < args.size(); ++i) {
    if (args[i] == name) return args[i + 1];
  }
  for (const auto& a : args) {
    if (a.starts_with(std::string(name) + "=")) return a.substr(name.size() + 1);
  }
  return {};
}

int usage() {
  std::fprintf(stderr,
               "usage: comdev user create --email E --name N --role admin|animator|member\n"
               "       (password: one line on standard input; empty: one is generated)\n");
  return 2;
}

}  // namespace

int cmd_user(const Config& config, const std::vector<std::string>& args) {
  if (args.empty() || args.front() != "create") return usage();
  members::member_store::NewMember m;
  m.email = flag(args, "--email");
  m.display_name = flag(args, "--name");
  std::string role = flag(args, "--role");
  if (!contact::plausible_email(m.email) || m.display_name.empty() ||
      (role != "admin" && role != "animator" && role != "member")) {
    return usage();
  }
  m.is_admin = role == "admin";
  m.is_animator = role != "member";  // an administrator can also animate
  m.email_verified = true;

  std::string password;
  if (!isatty(STDIN_FILENO)) std::getline(std::cin, password);
  bool generated = password.empty();
  if (generated) password = web::random_token(15);
  if (auto st = members::check_password_strength(password); !st) {
    std::fprintf(stderr, "comdev: the password is too weak (%s)\n", st.error().message_id.c_str());
    return 1;
  }
  auto hash = members::hash_password(password);
  if (!hash) return fail("user create", hash.error());
  m.password_hash = *hash;

  auto db = open_database(config);
  if (!db) return fail("user create", db.error());
  auto id = members::member_store::create(**db, m);
  if (!id) return fail("user create", id.error());
  std::printf("created %s #%lld <%s>\n", role.c_str(), static_cast<long long>(*id),
              m.email.c_str());
  if (generated) std::printf("password (shown once): %s\n", password.c_str());
  return 0;
}

}  // namespace comdev
