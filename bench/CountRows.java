import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Prints the number of rows of one table, for the durability check of bench/run.sh (every acknowledged attempt must
 * be a row), on H2 or PostgreSQL alike. Run with the source launcher and the database's JDBC driver jar:
 * java -cp DRIVER.jar bench/CountRows.java JDBC_URL USER TABLE
 */
public class CountRows {

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + args[2])) {
            rows.next();
            System.out.println(rows.getLong(1));
        }
    }
}
