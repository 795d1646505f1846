console.error('eval: not implemented yet (the analysis engine lands with issue 3).');
process.exit(2);
