// SPDX-License-Identifier: Apache-2.0
// `survey-server deadlines`: the overdue disclosures of every project, for a cron job.
#include "cli/commands.h"
#include "common/utc_time.h"
#include "notices/deadline_report.h"
#include "notices/notice_service.h"
#include "projects/project_repository.h"
#include "storage/data_directory.h"

#include <ostream>

namespace survey::server::cli {

int runDeadlines(const Arguments& args, std::ostream& out) {
    args.allowOnly({"data"}, 1);
    DataDirectory dir(args.required("data"));
    auto db = dir.openDatabase();
    const std::string today = notices::issueDate(systemUnixSeconds());
    int overdue = 0;
    for (const auto& project : projects::ProjectRepository(db).all())
        for (const auto& item : notices::projectDeadlines(db, project.id, today)) {
            if (!item.overdue)
                continue;
            ++overdue;
            out << "overdue " << project.code << " " << item.item << " formed " << item.formedOn
                << " due " << item.dueOn << " disclosed "
                << (item.disclosedOn.empty() ? "-" : item.disclosedOn) << "\n";
        }
    out << overdue << " overdue as of " << today << "\n";
    return overdue == 0 ? 0 : 1;
}

} // namespace survey::server::cli
