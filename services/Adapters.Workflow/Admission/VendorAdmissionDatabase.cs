using GenerationGateway.Messaging.Postgres.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Workflow.Admission;

/// <summary>
/// The adapter database's admission tables (through the process's one pool of that database), migrated at start:
/// one row per generation that holds or waits for a slot, the fair share's tags per tenant, and one row per vendor (its
/// virtual time and measured slot time; locked by every acquire and release, so grants of one vendor are serialized).
/// </summary>
public sealed class VendorAdmissionDatabase([FromKeyedServices(VendorAdmissionDatabase.Component)] PostgresSchema schema)
    : PostgresComponentDatabase(schema)
{
    public const string Component = "vendor-admission";

    public static IReadOnlyList<PostgresMigration> Migrations { get; } =
    [
        new(1, "vendor admission slots and fair-share tags", """
            CREATE TABLE vendor_admission (
                generation_id uuid        PRIMARY KEY,
                vendor        text        NOT NULL,
                tenant_id     text        NOT NULL,
                weight        integer     NOT NULL,
                state         text        NOT NULL CHECK (state IN ('queued', 'running')),
                enqueued_at   timestamptz NOT NULL,
                granted_at    timestamptz,
                deadline      timestamptz NOT NULL
            );
            CREATE INDEX vendor_admission_queued_idx ON vendor_admission (vendor, tenant_id, enqueued_at, generation_id) WHERE state = 'queued';
            CREATE INDEX vendor_admission_running_idx ON vendor_admission (vendor) WHERE state = 'running';
            CREATE TABLE vendor_admission_vendors (
                vendor            text             PRIMARY KEY,
                virtual_time      double precision NOT NULL DEFAULT 0,
                mean_slot_seconds double precision
            );
            CREATE TABLE vendor_admission_tenants (
                vendor    text             NOT NULL,
                tenant_id text             NOT NULL,
                finish    double precision NOT NULL,
                PRIMARY KEY (vendor, tenant_id)
            );
            """),
    ];
}
