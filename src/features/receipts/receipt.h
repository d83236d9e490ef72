// Donation receipts (migrations/0032_receipts): one per confirmed pledge, numbered per collecting
// organisation and calendar year without gaps, a snapshot of what it certifies; plain structs,
// std only. Amounts are integer minor units of the pledge's currency.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace comdev::receipts {

// How the money arrived: a bank transfer a treasurer confirmed (by hand or from a statement), or
// a payment read back from an online payment provider.
enum class Means { transfer, online };
std::string_view name(Means m);
std::optional<Means> parse_means(std::string_view s);

// What an organisation prints on its receipts. tax_eligible: an animator checked that it may
// issue French tax receipts (Cerfa 11580); the treasurer cannot set it.
struct Settings {
  std::string postal_address, registration, object;
  bool tax_eligible = false;
};

struct Receipt {
  std::int64_t id = 0;
  std::int64_t pledge_id = 0;
  std::int64_t organisation_id = 0;
  int year = 0;
  std::int64_t number = 0;
  std::int64_t member_id = 0;  // 0: the donor deleted their account
  std::string donor_name, donor_address;
  std::string organisation_name;
  Settings organisation;  // as it was when the receipt was issued
  std::string campaign_title, authorisation_ref, authorisation_on, pledge_reference;
  std::int64_t amount_minor = 0;
  std::string currency;
  Means means = Means::transfer;
  std::string donated_on;  // YYYY-MM-DD: the day the money was confirmed
  std::string issued_at, cancelled_at;
  bool demo = false;

  bool cancelled() const { return !cancelled_at.empty(); }
  bool tax_receipt() const { return organisation.tax_eligible; }
};

}  // namespace comdev::receipts
