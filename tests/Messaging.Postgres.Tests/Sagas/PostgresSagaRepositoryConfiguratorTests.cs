using GenerationGateway.Messaging.Postgres.Sagas;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Messaging.Postgres.Tests.Sagas;

public sealed class PostgresSagaRepositoryConfiguratorTests
{
    [Fact]
    public void The_default_table_is_the_saga_type_in_snake_case()
    {
        Assert.Equal("reminder_state", new PostgresSagaRepositoryConfigurator<ReminderState>().TableName);
    }

    [Fact]
    public void The_default_table_of_a_generic_saga_type_includes_its_type_arguments()
    {
        Assert.Equal("tagged_state_reminder_due", new PostgresSagaRepositoryConfigurator<TaggedState<ReminderDue>>().TableName);
    }

    [Fact]
    public void Registration_rejects_a_table_name_that_is_not_a_plain_identifier()
    {
        var services = new ServiceCollection();

        var exception = Assert.Throws<ArgumentException>(() => services.AddMassTransit(x =>
            x.AddSagaStateMachine<ReminderStateMachine, ReminderState>().PostgresRepository(r => r.TableName = "reminders; DROP TABLE x")));

        Assert.Contains("TableName", exception.Message, StringComparison.Ordinal);
    }
}
