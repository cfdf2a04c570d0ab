"""The encrypted vault: keys, SQLCipher connection, migrations, repositories. No Qt."""
