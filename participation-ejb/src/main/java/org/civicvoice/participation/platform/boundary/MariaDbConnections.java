package org.civicvoice.participation.platform.boundary;

import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

/**
 * MariaDB connections for the application server's pool, as a plain {@link DataSource}. The driver's own data
 * source also offers XA, and the server then runs every transaction as an XA transaction (XA START, END,
 * COMMIT: three extra statements and a slower commit per transaction) although the platform has one database;
 * offered as a plain data source, transactions are local and commit once.
 */
public class MariaDbConnections implements DataSource {

    private final MariaDbDataSource driver = new MariaDbDataSource();
    private String user;
    private String password;

    public void setUrl(String url) throws SQLException {
        driver.setUrl(url);
    }

    public String getUrl() {
        return driver.getUrl();
    }

    public void setUser(String user) throws SQLException {
        this.user = user;
        driver.setUser(user);
    }

    public String getUser() {
        return user;
    }

    public void setPassword(String password) throws SQLException {
        this.password = password;
        driver.setPassword(password);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return driver.getConnection();
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        return driver.getConnection(username, secret);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // the driver logs through its own logger
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        driver.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return driver.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
