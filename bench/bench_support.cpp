// SPDX-License-Identifier: Apache-2.0
#include "bench_support.h"

#include "auth/user_repository.h"
#include "demo/demo_survey.h"
#include "projects/project_repository.h"
#include "storage/data_directory.h"

#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <httplib.h>
#include <iostream>
#include <nlohmann/json.hpp>
#include <random>
#include <regex>
#include <signal.h>
#include <sstream>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace survey::bench {

namespace fs = std::filesystem;

ScratchDir::ScratchDir(const std::string& name) {
    std::random_device random;
    path_ = fs::temp_directory_path() / ("survey-bench-" + name + "-" + std::to_string(random()));
    fs::create_directories(path_);
}

ScratchDir::~ScratchDir() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
}

SeededProject seedDataDirectory(const fs::path& dataDir) {
    auto db = server::DataDirectory(dataDir).openDatabase();
    SeededProject seeded{{}, {}, "bench-surveyor", "bench-password-123456"};
    seeded.projectId =
        server::projects::addProject(db, "BENCH", "基准测试片区", "2024-03-15", "bench");
    seeded.userId = server::auth::addUser(
        db,
        {seeded.username, "基准调查员", seeded.password, server::auth::Role::Surveyor, {"BENCH"}},
        "bench");
    return seeded;
}

void copyDataDirectory(const fs::path& from, const fs::path& to) {
    const server::DataDirectory source(from), target(to);
    fs::copy_file(source.databasePath(), target.databasePath(),
                  fs::copy_options::overwrite_existing);
}

std::vector<survey::sync::Change> surveyChanges(std::size_t count) {
    // About a dozen records per household; ask for enough households, then cut. Parents
    // come before their children, so a cut never leaves an orphan.
    const int households = static_cast<int>(count / 8) + 1;
    auto changes = server::demo::makeDemoSurvey(20240315, households).surveyChanges;
    if (changes.size() < count)
        throw std::logic_error("demo survey gave fewer changes than asked");
    changes.resize(count);
    return changes;
}

ServerProcess::ServerProcess(const fs::path& dataDir) {
    const fs::path log = dataDir / "server.log";
    pid_ = fork();
    if (pid_ < 0)
        throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        // A benchmark that dies (a closed pipe, a timeout) takes its server with it, instead
        // of leaving it listening beside the next run.
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        const int fd = open(log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        dup2(fd, STDOUT_FILENO);
        // Every simulated tablet connects from 127.0.0.1; the real ones come from many
        // addresses, so the per-address cap is lifted to the bench's 200 clients and more.
        execl(SURVEY_SERVER_BINARY, SURVEY_SERVER_BINARY, "serve", "--data", dataDir.c_str(),
              "--listen", "127.0.0.1:0", "--max-connections-per-address", "1000",
              static_cast<char*>(nullptr));
        _exit(127);
    }
    static const std::regex listening(R"(listening https://127\.0\.0\.1:(\d+))");
    for (int waited = 0; waited < 600; ++waited) { // 30 s at most
        std::ifstream in(log);
        std::stringstream text;
        text << in.rdbuf();
        const std::string s = text.str();
        if (std::smatch m; std::regex_search(s, m, listening)) {
            port_ = std::stoi(m[1]);
            return;
        }
        if (waitpid(pid_, nullptr, WNOHANG) == pid_) {
            pid_ = -1;
            throw std::runtime_error("survey-server exited during start-up:\n" + s);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    throw std::runtime_error("survey-server did not start listening within 30 s");
}

ServerProcess::~ServerProcess() {
    if (pid_ <= 0)
        return;
    kill(pid_, SIGTERM);
    for (int waited = 0; waited < 200; ++waited) { // 10 s, then no more patience
        if (waitpid(pid_, nullptr, WNOHANG) == pid_)
            return;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
}

std::string loginToken(int port, const std::string& username, const std::string& password) {
    httplib::SSLClient client("127.0.0.1", port);
    client.enable_server_certificate_verification(false); // loopback, self-signed
    const nlohmann::json body = {
        {"username", username}, {"password", password}, {"device_id", "bench-device"}};
    auto res = client.Post("/api/v1/auth/login", body.dump(), "application/json");
    if (!res || res->status != 200)
        throw std::runtime_error("login failed: " + (res ? res->body : std::string("no answer")));
    return nlohmann::json::parse(res->body).at("token").get<std::string>();
}

void report(const std::string& bench, const std::string& name, double value,
            const std::string& unit) {
    std::printf("RESULT %s %s %.3f %s\n", bench.c_str(), name.c_str(), value, unit.c_str());
    std::fflush(stdout);
}

} // namespace survey::bench
