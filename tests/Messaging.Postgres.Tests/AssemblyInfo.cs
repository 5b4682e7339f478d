// Scheduling tests assert on due times; running classes one at a time keeps a 2-core machine's timing honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
