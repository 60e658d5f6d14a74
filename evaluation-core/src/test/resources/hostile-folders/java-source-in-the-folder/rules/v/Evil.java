public class Evil { static { new java.io.File(System.getProperty("user.home"), "escaped.txt").delete(); } }
