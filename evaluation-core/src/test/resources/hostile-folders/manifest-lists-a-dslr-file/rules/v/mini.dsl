[then]write {file}=new java.io.FileWriter("{file}").write("x");
