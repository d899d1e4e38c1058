/**
 * Deterministic demo data on an empty database: hamlets for the Long An 2024 tree, 998 teams
 * with 5,485 members (4,980 youth), one account per role, and the households of one commune.
 * {@code demo.generator} makes the Long An-scale data on request ({@code --ngoso.generate=long-an}):
 * the import CSV for 480,000 households, and optionally the same data with profiles and visits by COPY.
 */
@ApplicationModule(allowedDependencies = { "platform", "territory", "teams", "accounts", "households", "figures", "reported", "indicators", "tasks", "feedback" })
@NullMarked
package vn.ngoso.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
