/// The archive's schema: an ordered list of migrations; the file's `user_version` names the last applied.
#pragma once

#include <cstdint>
#include <vector>

namespace factaudit {

/// One step of the schema: applied once, in order, inside the transaction that records its version.
struct Migration {
  int version;      // 1, 2, ...: the user_version once applied
  const char* says;  // what it changes, one line
  const char* sql;
};

/// Every migration, oldest first; the last one's version is the schema this factaudit writes.
const std::vector<Migration>& archive_migrations();
int latest_archive_version();

/// `PRAGMA application_id` of a factaudit archive ("FAar"): another SQLite file is refused.
inline constexpr std::int32_t kArchiveApplicationId = 0x46416172;

}  // namespace factaudit
